package dev.careermentor.core.knowledge.model.meta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text with a length limit chosen so it always fits where it is shown. The constants name the
 * common limits: 1024 fits a Discord embed field value, 75 a Slack button label, 100 an embed field
 * name with room for "(continued)".
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE_USE)
public @interface Text {
    int PARAGRAPH = 1024;
    int LINE = 300;
    int NAME = 80;
    int ALIAS = 40;
    int HEADING = 100;
    int LABEL = 75;
    int TITLE = 200;

    /** The most characters (code points) allowed. */
    int max();

    /** What the limit protects, e.g. "a Discord embed field". */
    String why();
}

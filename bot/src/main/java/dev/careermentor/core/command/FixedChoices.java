package dev.careermentor.core.command;

import dev.careermentor.core.knowledge.NameIndex;
import java.util.List;

/**
 * A command whose text parameter takes one of a few fixed values ({@code lang zh|en}): Discord offers
 * them as a fixed choice instead of a free text box, and autocomplete lists them.
 */
public interface FixedChoices {

    /** The values {@code param} accepts, each with what to show; empty for a parameter with free text. */
    List<NameIndex.Suggestion> choices(String param);
}

package dev.careermentor.core.reply;

/**
 * A button. {@code id} is a component id from {@link dev.careermentor.core.component.ComponentIds}:
 * it carries all the state the click needs, within Discord's 100 characters.
 */
public record Button(String label, String id, Kind kind) {

    public enum Kind {
        /** An answer to the current quiz question. */
        CHOICE,
        /** Back, restart, cancel. */
        NAVIGATION,
        /** Ends the quiz without saving. */
        CANCEL,
        /** Posts the answer to the channel. */
        SHARE,
        /** Tells moderators a fact looks out of date. */
        FEEDBACK,
        /** Runs a suggested command, e.g. from "did you mean". */
        SUGGESTION
    }

    public Button {
        label = Limits.shorten(label, Limits.BUTTON_LABEL);
        if (id.length() > Limits.COMPONENT_ID) {
            throw new IllegalArgumentException("component id longer than " + Limits.COMPONENT_ID + ": " + id);
        }
    }
}

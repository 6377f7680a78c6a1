package dev.careermentor.core.command;

/**
 * A command parameter. The type tells text parsing how to split words and tells Discord which
 * option to offer: names autocomplete from the knowledge, a level is a fixed choice.
 */
public record Param(String name, Type type, boolean required, String description) {

    public enum Type {
        /** A specialization name, id or alias. */
        SPECIALIZATION,
        /** A career path name, id or alias. */
        PATH,
        /** A specialization or a background (where a switch starts). */
        ORIGIN,
        /** early or senior. */
        LEVEL,
        /** A topic's id, name, alias or command word. */
        TOPIC,
        /** A part of a topic (a section heading), or "all". */
        SECTION,
        /** Free text to the end of the line. */
        TEXT;

        public boolean isName() {
            return this == SPECIALIZATION || this == PATH || this == ORIGIN || this == TOPIC;
        }
    }
}

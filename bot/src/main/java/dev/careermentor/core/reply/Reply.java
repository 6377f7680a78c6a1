package dev.careermentor.core.reply;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the mentor says, independent of where it is shown. Adapters render it within their platform's
 * limits; the core already keeps every field value within {@link Limits#FIELD_VALUE} and every label
 * within {@link Limits#BUTTON_LABEL}, the strictest of the platforms.
 *
 * @param text the lead paragraph; may be empty
 * @param shareCommand the canonical command that reproduces this answer, or null if it cannot be shared
 */
public record Reply(
        Kind kind,
        Visibility visibility,
        String title,
        String text,
        List<Field> fields,
        List<Citation> citations,
        List<Button> buttons,
        @Nullable String shareCommand) {

    public enum Kind {
        /** Facts from the knowledge. */
        ANSWER,
        /** A quiz question waiting for a choice. */
        QUIZ_QUESTION,
        /** The quiz's recommendation. */
        QUIZ_RESULT,
        /** Help, confirmations and other messages with no facts. */
        NOTICE,
        /** The sources do not cover what was asked: the text says so plainly, and what they do cover. */
        NOT_COVERED,
        /** The request could not be served; the text says why and what to do. */
        ERROR
    }

    public enum Visibility {
        /** Only the person who asked sees it (ephemeral). */
        PRIVATE,
        /** Replaces the message whose button was clicked. */
        UPDATE,
        /** Posted for everyone in the channel. */
        PUBLIC
    }

    /** An error is for the person who caused it: it is never posted for the whole channel. */
    public Reply {
        if (kind == Kind.ERROR && visibility == Visibility.PUBLIC) visibility = Visibility.PRIVATE;
        fields = List.copyOf(fields);
        citations = List.copyOf(citations);
        buttons = List.copyOf(buttons);
        text = text == null ? "" : text;
    }

    public static Builder builder(Kind kind, String title) {
        return new Builder(kind, title);
    }

    public static Reply notice(String title, String text) {
        return builder(Kind.NOTICE, title).text(text).build();
    }

    public static Reply error(String title, String text) {
        return builder(Kind.ERROR, title).text(text).build();
    }

    public Reply withVisibility(Visibility v) {
        return new Reply(kind, v, title, text, fields, citations, buttons, shareCommand);
    }

    public Reply withButtons(List<Button> newButtons) {
        return new Reply(kind, visibility, title, text, fields, citations, newButtons, shareCommand);
    }

    public Reply withText(String newText) {
        return new Reply(
                kind,
                visibility,
                title,
                Limits.shorten(newText, Limits.TEXT),
                fields,
                citations,
                buttons,
                shareCommand);
    }

    /** The citations to show: one per source and as-of date, in the order first cited. */
    public List<Citation> sources() {
        List<Citation> out = new ArrayList<>();
        for (Citation c : citations) {
            if (out.stream()
                    .noneMatch(
                            o -> o.sourceId().equals(c.sourceId()) && o.asOf().equals(c.asOf()))) out.add(c);
        }
        return out;
    }

    /** True for answers built from the knowledge (they carry citations). */
    public boolean factual() {
        return kind == Kind.ANSWER || kind == Kind.QUIZ_RESULT;
    }

    public static final class Builder {
        private final Kind kind;
        private final String title;
        private Visibility visibility = Visibility.PRIVATE;
        private String text = "";
        private final List<Field> fields = new ArrayList<>();
        private final List<Citation> citations = new ArrayList<>();
        private final List<Button> buttons = new ArrayList<>();
        private @Nullable String shareCommand;

        private Builder(Kind kind, String title) {
            this.kind = kind;
            this.title = Limits.shorten(title, Limits.TITLE);
        }

        public Builder text(String text) {
            this.text = text == null ? "" : Limits.shorten(text, Limits.TEXT);
            return this;
        }

        public Builder visibility(Visibility visibility) {
            this.visibility = visibility;
            return this;
        }

        /** Adds a field; a value too long for one field continues in further fields. */
        public Builder field(String name, @Nullable String value) {
            fields.addAll(Fields.of(name, value, false));
            return this;
        }

        public Builder inline(String name, @Nullable String value) {
            fields.addAll(Fields.of(name, value, true));
            return this;
        }

        /** Adds a bulleted list, split across fields at item boundaries when it is long. */
        public Builder list(String name, List<String> items) {
            fields.addAll(Fields.bullets(name, items));
            return this;
        }

        /**
         * Adds a citation unless the same one is already there. Two entries citing one source and date
         * are both kept (each can be reported outdated); {@link Reply#sources()} shows the source once.
         */
        public Builder cite(Citation citation) {
            if (!citations.contains(citation)) citations.add(citation);
            return this;
        }

        public Builder button(Button button) {
            buttons.add(button);
            return this;
        }

        public Builder shareAs(String canonicalCommand) {
            this.shareCommand = canonicalCommand;
            return this;
        }

        public Reply build() {
            return new Reply(kind, visibility, title, text, fields, citations, buttons, shareCommand);
        }
    }
}

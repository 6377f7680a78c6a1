package dev.careermentor.discord;

import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Citation;
import dev.careermentor.core.reply.Field;
import dev.careermentor.core.reply.Reply;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Turns a {@link Reply} into Discord messages that Discord cannot reject. Everything fits one message
 * unless the reply is long: then the first message carries the title, the lead text, the fields that
 * fit and the buttons, and each further message continues with the next fields ("(continued)" in the
 * title); the footer with the sources closes the last message.
 */
public final class DiscordRenderer {
    public static final int TITLE = MessageEmbed.TITLE_MAX_LENGTH;
    public static final int DESCRIPTION = MessageEmbed.DESCRIPTION_MAX_LENGTH;
    public static final int FIELDS = MessageEmbed.MAX_FIELD_AMOUNT;
    public static final int FIELD_NAME = MessageEmbed.TITLE_MAX_LENGTH;
    public static final int FIELD_VALUE = MessageEmbed.VALUE_MAX_LENGTH;
    public static final int FOOTER = MessageEmbed.TEXT_MAX_LENGTH;
    public static final int EMBED_TOTAL = MessageEmbed.EMBED_MAX_LENGTH_BOT;
    public static final int BUTTONS_PER_ROW = 5;
    public static final int ROWS = 5;
    public static final int CUSTOM_ID = 100;
    public static final int LABEL = 80;

    private static final String CONTINUED = " (continued)";
    private static final String MORE_SOURCES = "\u2026 and more: /mentor sources lists them all";

    /** The messages for {@code reply}, first to last; never empty. */
    public List<DiscordMessage> render(Reply reply) {
        String rawTitle = reply.title() == null || reply.title().isBlank() ? "Career Mentor" : reply.title();
        String title = DiscordText.MARKDOWN.fit(rawTitle, TITLE);
        String continued = DiscordText.MARKDOWN.fit(rawTitle, TITLE - CONTINUED.length()) + CONTINUED;
        String footer = footer(reply.sources());
        // Every embed keeps room for the longer title and the footer, so any block fits an empty embed.
        int budget = EMBED_TOTAL - Math.max(title.length(), continued.length()) - footer.length();
        int color = color(reply.kind());

        List<Draft> drafts = new ArrayList<>();
        Draft current = new Draft(title);
        drafts.add(current);
        for (String chunk : DiscordText.MARKDOWN.split(reply.text(), Math.min(DESCRIPTION, budget))) {
            if (!current.isEmpty()) drafts.add(current = new Draft(continued));
            current.description = chunk;
        }
        for (Field f : reply.fields()) {
            List<String> values = DiscordText.MARKDOWN.split(f.value() == null ? "" : f.value(), FIELD_VALUE);
            for (int i = 0; i < values.size(); i++) {
                String rawName = i == 0 ? f.name() : f.name() + CONTINUED;
                String name = DiscordText.MARKDOWN.fit(rawName, FIELD_NAME);
                MessageEmbed.Field field = new MessageEmbed.Field(name, values.get(i), f.inline());
                int size = field.getName().length() + field.getValue().length();
                if (current.fields.size() == FIELDS || current.length() + size > budget) {
                    drafts.add(current = new Draft(continued));
                }
                current.fields.add(field);
            }
        }

        List<ActionRow> rows = rows(reply.buttons());
        List<DiscordMessage> out = new ArrayList<>();
        for (int i = 0; i < drafts.size() || i * ROWS < rows.size(); i++) {
            Draft d = i < drafts.size() ? drafts.get(i) : new Draft(continued);
            boolean last = i >= drafts.size() - 1 && (i + 1) * ROWS >= rows.size();
            List<ActionRow> mine = rows.subList(Math.min(rows.size(), i * ROWS), Math.min(rows.size(), (i + 1) * ROWS));
            out.add(new DiscordMessage(d.build(color, last ? footer : ""), mine));
        }
        return out;
    }

    /** One line per source with its as-of date; Discord shows footers without markdown. */
    static String footer(List<Citation> citations) {
        StringBuilder sb = new StringBuilder();
        for (Citation c : citations) {
            String line = DiscordText.literal(c.sourceLine());
            int needed = (sb.length() == 0 ? 0 : 1) + line.length();
            if (sb.length() + needed > FOOTER - MORE_SOURCES.length() - 1) {
                sb.append('\n').append(MORE_SOURCES);
                break;
            }
            if (sb.length() > 0) sb.append('\n');
            sb.append(line);
        }
        return sb.toString();
    }

    /** Quiz answers fill rows of five; the other buttons (Back, Cancel, Share...) start a row of their own. */
    static List<ActionRow> rows(List<Button> buttons) {
        List<net.dv8tion.jda.api.components.buttons.Button> choices = new ArrayList<>();
        List<net.dv8tion.jda.api.components.buttons.Button> others = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Button b : buttons) {
            if (b.id().length() > CUSTOM_ID) {
                throw new IllegalArgumentException("custom_id over " + CUSTOM_ID + " characters: " + b.id());
            }
            if (!seen.add(b.id())) continue; // Discord rejects a message with two equal custom_ids
            (b.kind() == Button.Kind.CHOICE ? choices : others).add(button(b));
        }
        List<ActionRow> rows = new ArrayList<>();
        for (List<net.dv8tion.jda.api.components.buttons.Button> group : List.of(choices, others)) {
            for (int i = 0; i < group.size(); i += BUTTONS_PER_ROW) {
                rows.add(ActionRow.of(group.subList(i, Math.min(group.size(), i + BUTTONS_PER_ROW))));
            }
        }
        return rows;
    }

    private static net.dv8tion.jda.api.components.buttons.Button button(Button b) {
        String label = b.label().isBlank() ? "?" : b.label();
        if (label.length() > LABEL) label = label.substring(0, LABEL - 1) + "\u2026";
        return switch (b.kind()) {
            case CHOICE -> net.dv8tion.jda.api.components.buttons.Button.primary(b.id(), label);
            case SHARE -> net.dv8tion.jda.api.components.buttons.Button.success(b.id(), label);
            case CANCEL -> net.dv8tion.jda.api.components.buttons.Button.danger(b.id(), label);
            case NAVIGATION, FEEDBACK, SUGGESTION ->
                net.dv8tion.jda.api.components.buttons.Button.secondary(b.id(), label);
        };
    }

    private static int color(Reply.Kind kind) {
        return switch (kind) {
            case ANSWER -> 0x5865F2;
            case QUIZ_QUESTION, QUIZ_RESULT -> 0x57F287;
            case NOTICE, NOT_COVERED -> 0x99AAB5;
            case ERROR -> 0xED4245;
        };
    }

    /** An embed being filled; {@link #length()} counts what Discord counts towards the 6000. */
    private static final class Draft {
        final String title;
        String description = "";
        final List<MessageEmbed.Field> fields = new ArrayList<>();

        Draft(String title) {
            this.title = title;
        }

        boolean isEmpty() {
            return description.isEmpty() && fields.isEmpty();
        }

        int length() {
            int n = description.length();
            for (MessageEmbed.Field f : fields)
                n += f.getName().length() + f.getValue().length();
            return n;
        }

        MessageEmbed build(int color, String footer) {
            EmbedBuilder b = new EmbedBuilder().setTitle(title).setColor(color);
            if (!description.isEmpty()) b.setDescription(description);
            fields.forEach(b::addField);
            if (!footer.isEmpty()) b.setFooter(footer);
            return b.build();
        }
    }
}

package dev.careermentor.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Citation;
import dev.careermentor.core.reply.Field;
import dev.careermentor.core.reply.PlainText;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.reply.TextSplitter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link Reply} into Block Kit: a header, the lead text, the fields, a context line per source
 * and the buttons. Every Slack limit is enforced here so Slack never rejects a message: long text is
 * split across sections; a reply that would need more than 50 blocks has its text packed into fewer,
 * fuller sections; only when even that does not fit is the end cut, with a visible "…".
 */
public final class SlackRenderer {
    private SlackRenderer() {}

    static final int MAX_BLOCKS = 50;
    static final int SECTION_TEXT = 3000;
    static final int SECTION_FIELDS = 10;
    static final int FIELD_TEXT = 2000;
    static final int HEADER_TEXT = 150;
    static final int CONTEXT_ELEMENTS = 10;
    /** Slack's limit for any text object, which is what a context element is. */
    static final int CONTEXT_TEXT = 3000;

    static final int ACTIONS_ELEMENTS = 25;
    static final int BUTTON_TEXT = 75;
    static final int BUTTON_VALUE = 2000;
    static final int ACTION_ID = 255;
    /** Notification text: Slack allows far more, but a notification shows only the start. */
    static final int FALLBACK_TEXT = 500;
    /** Replies carry a handful of buttons and sources; these caps keep room for the answer itself. */
    static final int MAX_ACTIONS_BLOCKS = 4;

    static final int MAX_CONTEXT_BLOCKS = 4;

    static final String SHORTENED = "\n\u2026 (shortened to fit one Slack message)";

    public static SlackMessage render(Reply reply) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String title = reply.title() == null ? "" : reply.title().strip();
        String titleOverflow = null;
        if (!title.isEmpty()) {
            String header = SlackText.TEXT.fit(title, HEADER_TEXT);
            if (!header.equals(SlackText.escape(title))) titleOverflow = title;
            blocks.add(HeaderBlock.builder().text(plain(header)).build());
        }
        List<LayoutBlock> tail = new ArrayList<>(citations(reply.sources()));
        tail.addAll(buttons(reply.buttons()));
        int budget = MAX_BLOCKS - blocks.size() - tail.size();

        List<LayoutBlock> content = laidOut(lead(reply, titleOverflow), reply.fields());
        if (content.size() > budget) {
            List<String> sections = packed(paragraphs(reply, titleOverflow));
            content = sections.size() > budget ? shortened(sections, budget) : sections(sections);
        }
        blocks.addAll(content);
        blocks.addAll(tail);
        String fallback = SlackText.escape(PlainText.summary(reply, FALLBACK_TEXT));
        if (fallback.isBlank()) fallback = "Career Mentor";
        if (blocks.isEmpty()) blocks.add(section(fallback)); // Slack refuses an empty list of blocks
        return new SlackMessage(fallback, blocks);
    }

    /**
     * The lead paragraph, raw mrkdwn; the full title leads it in bold when the header had to be shortened.
     * Paragraphs stay raw until {@link SlackText#TEXT} cuts and escapes them (escaping keeps the markup).
     */
    private static String lead(Reply reply, @Nullable String titleOverflow) {
        String text = reply.text() == null ? "" : reply.text();
        if (titleOverflow == null) return text;
        String title = "*" + titleOverflow + "*";
        return text.isEmpty() ? title : title + "\n" + text;
    }

    /** Everything that is not header, sources or buttons, as raw mrkdwn paragraphs. */
    private static List<String> paragraphs(Reply reply, @Nullable String titleOverflow) {
        List<String> out = new ArrayList<>();
        String lead = lead(reply, titleOverflow);
        if (!lead.isBlank()) out.add(lead);
        for (Field f : reply.fields()) out.add(fieldText(f));
        return out;
    }

    private static String fieldText(Field f) {
        String value = f.value() == null ? "" : f.value();
        String name = f.name() == null ? "" : f.name().strip();
        return name.isEmpty() ? value : "*" + name + "*\n" + value;
    }

    /** The natural layout: the lead, one section per field, runs of short inline fields side by side. */
    private static List<LayoutBlock> laidOut(String lead, List<Field> fields) {
        List<LayoutBlock> out = new ArrayList<>();
        for (String piece : SlackText.TEXT.split(lead, SECTION_TEXT)) out.add(section(piece));
        List<String> run = new ArrayList<>();
        for (Field f : fields) {
            String raw = fieldText(f);
            if (f.inline()) {
                String text = SlackText.escape(raw);
                if (text.length() <= FIELD_TEXT) {
                    run.add(text);
                    if (run.size() == SECTION_FIELDS) flush(run, out);
                    continue;
                }
            }
            flush(run, out);
            for (String piece : SlackText.TEXT.split(raw, SECTION_TEXT)) out.add(section(piece));
        }
        flush(run, out);
        return out;
    }

    private static void flush(List<String> run, List<LayoutBlock> out) {
        if (run.size() == 1) {
            out.add(section(run.get(0)));
        } else if (!run.isEmpty()) {
            List<TextObject> fields = new ArrayList<>();
            for (String text : run) fields.add(mrkdwn(text));
            out.add(SectionBlock.builder().fields(fields).build());
        }
        run.clear();
    }

    /**
     * The dense layout: paragraphs packed one after another into as few sections as they fill. Returns
     * each section's raw text; its escaped length is the sum of its pieces' (escaping is per character).
     */
    private static List<String> packed(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int shown = 0;
        for (String paragraph : paragraphs) {
            for (TextSplitter.Piece piece : SlackText.TEXT.cut(paragraph, SECTION_TEXT)) {
                int length = piece.escaped().length();
                if (current.length() > 0 && shown + 2 + length > SECTION_TEXT) {
                    out.add(current.toString());
                    current.setLength(0);
                    shown = 0;
                }
                if (current.length() > 0) {
                    current.append("\n\n");
                    shown += 2;
                }
                current.append(piece.raw());
                shown += length;
            }
        }
        if (current.length() > 0) out.add(current.toString());
        return out;
    }

    private static List<LayoutBlock> sections(List<String> raw) {
        List<LayoutBlock> out = new ArrayList<>();
        for (String text : raw) out.add(section(SlackText.escape(text)));
        return out;
    }

    /** The last resort: the first {@code budget} sections, the last one ending in a visible "…". */
    private static List<LayoutBlock> shortened(List<String> raw, int budget) {
        if (budget < 1) return new ArrayList<>();
        List<LayoutBlock> out = sections(raw.subList(0, budget - 1));
        int room = SECTION_TEXT - SHORTENED.length();
        out.add(section(SlackText.TEXT.split(raw.get(budget - 1), room).get(0) + SHORTENED));
        return out;
    }

    /** One context line per source; many sources share elements so no context block exceeds ten. */
    private static List<LayoutBlock> citations(List<Citation> citations) {
        List<String> lines = new ArrayList<>();
        for (Citation c : citations) lines.add(SlackText.TEXT.fit(c.sourceLine(), CONTEXT_TEXT));
        if (lines.isEmpty()) return List.of();
        List<String> elements = lines;
        if (lines.size() > CONTEXT_ELEMENTS) {
            elements = new ArrayList<>();
            int perElement = (lines.size() + CONTEXT_ELEMENTS - 1) / CONTEXT_ELEMENTS;
            StringBuilder current = new StringBuilder();
            int inCurrent = 0;
            for (String line : lines) {
                if (inCurrent == perElement || current.length() + 1 + line.length() > CONTEXT_TEXT) {
                    elements.add(current.toString());
                    current.setLength(0);
                    inCurrent = 0;
                }
                if (current.length() > 0) current.append('\n');
                current.append(line);
                inCurrent++;
            }
            elements.add(current.toString());
        }
        List<LayoutBlock> out = new ArrayList<>();
        for (int i = 0; i < elements.size() && out.size() < MAX_CONTEXT_BLOCKS; i += CONTEXT_ELEMENTS) {
            List<ContextBlockElement> part = new ArrayList<>();
            for (String e : elements.subList(i, Math.min(elements.size(), i + CONTEXT_ELEMENTS))) part.add(mrkdwn(e));
            out.add(ContextBlock.builder().elements(part).build());
        }
        return out;
    }

    /** Buttons carry their component id as both action_id and value: the id is the whole state. */
    private static List<LayoutBlock> buttons(List<Button> buttons) {
        List<BlockElement> elements = new ArrayList<>();
        for (Button b : buttons) {
            if (b.id().length() > ACTION_ID || b.id().length() > BUTTON_VALUE) continue; // ids are ≤ 100: never
            elements.add(ButtonElement.builder()
                    .text(plain(SlackText.TEXT.fit(b.label(), BUTTON_TEXT)))
                    .actionId(b.id())
                    .value(b.id())
                    .style(b.kind() == Button.Kind.SHARE ? "primary" : null)
                    .build());
        }
        List<LayoutBlock> out = new ArrayList<>();
        for (int i = 0; i < elements.size() && out.size() < MAX_ACTIONS_BLOCKS; i += ACTIONS_ELEMENTS) {
            out.add(ActionsBlock.builder()
                    .elements(new ArrayList<>(elements.subList(i, Math.min(elements.size(), i + ACTIONS_ELEMENTS))))
                    .build());
        }
        return out;
    }

    private static SectionBlock section(String escapedMrkdwn) {
        return SectionBlock.builder().text(mrkdwn(escapedMrkdwn)).build();
    }

    /** verbatim: Slack must not turn names or bare words like @here into links or mentions. */
    private static MarkdownTextObject mrkdwn(String escaped) {
        return MarkdownTextObject.builder().text(escaped).verbatim(true).build();
    }

    private static PlainTextObject plain(String escaped) {
        return PlainTextObject.builder().text(escaped).build();
    }
}

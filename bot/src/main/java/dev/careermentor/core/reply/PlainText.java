package dev.careermentor.core.reply;

import dev.careermentor.core.component.ComponentIds;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A reply as plain text: for the terminal, and as the notification fallback chat platforms show
 * where rich layout is unavailable.
 */
public final class PlainText {
    private PlainText() {}

    /** Full rendering with numbered quiz choices, as the terminal shows it. */
    public static String render(Reply reply) {
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(reply.title()).append(" ==\n");
        if (!reply.text().isEmpty()) sb.append(reply.text()).append('\n');
        for (Field f : reply.fields()) {
            sb.append('\n').append(f.name()).append('\n');
            for (String line : f.value().split("\n", -1))
                sb.append("  ").append(line).append('\n');
        }
        List<String> choices = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tries = new ArrayList<>();
        for (Button b : reply.buttons()) {
            switch (b.kind()) {
                case CHOICE -> choices.add(b.label());
                case NAVIGATION, CANCEL -> words.add(navigationWord(b));
                case SUGGESTION -> {
                    if (ComponentIds.parse(b.id()) instanceof ComponentIds.Run run) tries.add(run.command());
                }
                default -> {} // Share and feedback buttons need a chat platform
            }
        }
        if (!choices.isEmpty()) {
            sb.append('\n');
            for (int i = 0; i < choices.size(); i++) {
                sb.append("  ")
                        .append(i + 1)
                        .append(") ")
                        .append(choices.get(i))
                        .append('\n');
            }
        }
        // A reply carries no language of its own: a Chinese reply is one whose title and text are Chinese.
        Lang lang = Lang.looksChinese(reply.title() + " " + reply.text()) ? Lang.ZH : Lang.EN;
        if (!words.isEmpty()) {
            sb.append('\n')
                    .append(Msg.get(
                            lang,
                            choices.isEmpty() ? "plain.type" : "plain.type.number",
                            String.join(Msg.get(lang, "plain.separator"), words)))
                    .append('\n');
        }
        if (!tries.isEmpty())
            sb.append('\n')
                    .append(Msg.get(lang, "plain.try", String.join(" | ", tries)))
                    .append('\n');
        if (!reply.citations().isEmpty()) {
            sb.append('\n');
            for (Citation c : reply.sources()) sb.append(c.sourceLine()).append('\n');
        }
        return sb.toString();
    }

    /** A one-paragraph summary: title and lead text, within {@code max} characters. */
    public static String summary(Reply reply, int max) {
        String s = reply.text().isEmpty() ? reply.title() : reply.title() + ": " + reply.text();
        return Limits.shorten(s, max);
    }

    private static String navigationWord(Button b) {
        String label = b.label().toLowerCase(Locale.ROOT);
        if (label.startsWith("retake") || label.startsWith("restart")) return "restart";
        return label;
    }
}

package dev.careermentor.core.admin;

import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
import dev.careermentor.core.knowledge.Problem;
import dev.careermentor.core.moderation.KnowledgeDiff;
import dev.careermentor.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Pieces several moderator replies share. */
final class AdminReplies {
    private AdminReplies() {}

    /** Most problems a chat reply lists; the terminal's validate prints them all. */
    static final int MAX_LINES = 20;

    /**
     * The sentence {@code key} of the moderator commands in {@code lang}. Arguments are filled in as
     * plain text, so numbers read as they always did (no grouping separators).
     */
    static String t(Lang lang, String key, @Nullable Object... args) {
        Object[] text = new Object[args.length];
        for (int i = 0; i < args.length; i++) text[i] = String.valueOf(args[i]);
        return Msg.get(lang, key, text);
    }

    static void problems(Lang lang, Reply.Builder b, List<Problem> problems) {
        b.list(
                t(lang, "admin.problems", problems.size()),
                capped(lang, problems.stream().map(Problem::toString).toList(), t(lang, "admin.problems.more")));
    }

    static void diff(Lang lang, Reply.Builder b, KnowledgeDiff diff) {
        if (diff.isEmpty()) {
            b.field(t(lang, "admin.changes"), t(lang, "admin.changes.none"));
            return;
        }
        List<String> entries = new ArrayList<>();
        diff.added().forEach(a -> entries.add(t(lang, "admin.changes.added", a)));
        diff.removed().forEach(r -> entries.add(t(lang, "admin.changes.removed", r)));
        diff.changed()
                .forEach(c -> entries.add(
                        t(lang, "admin.changes.changed", c.kind(), c.id(), String.join("; ", c.details()))));
        String more = t(lang, "admin.changes.more");
        if (!entries.isEmpty()) b.list(t(lang, "admin.changes.entries"), capped(lang, entries, more));
        if (!diff.figures().isEmpty()) {
            b.list(
                    t(lang, "admin.changes.figures"),
                    capped(lang, diff.figures().stream().map(Object::toString).toList(), more));
        }
    }

    static List<String> capped(Lang lang, List<String> lines, String more) {
        if (lines.size() <= MAX_LINES) return lines;
        List<String> out = new ArrayList<>(lines.subList(0, MAX_LINES));
        out.add(t(lang, "admin.more", lines.size() - MAX_LINES, more));
        return out;
    }
}

package dev.careermentor.core.admin;

import dev.careermentor.core.knowledge.Problem;
import dev.careermentor.core.moderation.KnowledgeDiff;
import dev.careermentor.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;

/** Pieces several moderator replies share. */
final class AdminReplies {
    private AdminReplies() {}

    /** Most problems a chat reply lists; the terminal's validate prints them all. */
    static final int MAX_LINES = 20;

    static void problems(Reply.Builder b, List<Problem> problems) {
        b.list(
                "Problems (" + problems.size() + ")",
                capped(
                        problems.stream().map(Problem::toString).toList(),
                        "run `java -jar bot/target/career-mentor.jar validate` for the full list"));
    }

    static void diff(Reply.Builder b, KnowledgeDiff diff) {
        if (diff.isEmpty()) {
            b.field("Changes", "No entry or figure changed: only comments, layout or order differ.");
            return;
        }
        List<String> entries = new ArrayList<>();
        diff.added().forEach(a -> entries.add("added " + a));
        diff.removed().forEach(r -> entries.add("removed " + r));
        diff.changed()
                .forEach(
                        c -> entries.add("changed " + c.kind() + " " + c.id() + ": " + String.join("; ", c.details())));
        if (!entries.isEmpty()) b.list("Entries", capped(entries, "run `diff` in a terminal for the full list"));
        if (!diff.figures().isEmpty()) {
            b.list(
                    "Salary and pay figures",
                    capped(
                            diff.figures().stream().map(Object::toString).toList(),
                            "run `diff` in a terminal for the full list"));
        }
    }

    static List<String> capped(List<String> lines, String more) {
        if (lines.size() <= MAX_LINES) return lines;
        List<String> out = new ArrayList<>(lines.subList(0, MAX_LINES));
        out.add("\u2026 and " + (lines.size() - MAX_LINES) + " more: " + more);
        return out;
    }
}

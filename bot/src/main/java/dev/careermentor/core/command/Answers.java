package dev.careermentor.core.command;

import dev.careermentor.core.User;
import dev.careermentor.core.component.ComponentIds;
import dev.careermentor.core.knowledge.NameIndex;
import dev.careermentor.core.knowledge.model.Entry;
import dev.careermentor.core.knowledge.model.Section;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Fields;
import dev.careermentor.core.reply.Limits;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.text.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Reply pieces several commands share. */
final class Answers {
    private Answers() {}

    /** A name that matched nothing: the closest names as text and as buttons that run the command. */
    static Reply notFound(
            User user,
            String kind,
            String input,
            List<? extends Entry> suggestions,
            String command,
            String listCommand) {
        String shown = input.length() > 60 ? input.substring(0, 60) + "\u2026" : input;
        Reply.Builder b = Reply.builder(Reply.Kind.ERROR, "No " + kind + " called \u201C" + shown + "\u201D");
        if (suggestions.isEmpty()) {
            b.text("I don't know that " + kind + ". Type " + user.surface().command(listCommand) + " to see them all.");
        } else {
            b.text("Did you mean " + suggestions.stream().map(e -> e.name()).collect(Collectors.joining(", ", "", ""))
                    + "?");
            for (Entry e : suggestions) {
                ComponentIds.run(command + " " + e.id())
                        .ifPresent(id -> b.button(new Button(e.name(), id, Button.Kind.SUGGESTION)));
            }
        }
        return b.build();
    }

    static Reply missing(User user, Command command, String what) {
        return Reply.error(
                "Missing " + what, "Usage: " + user.surface().command(command.usage()) + ". " + command.summary());
    }

    /**
     * Resolves a name, or ends the command with the not-found reply; a name that matches nothing is counted
     * as unmatched, so moderators see what the knowledge lacks.
     */
    static <E extends Entry> E resolve(
            NameIndex<E> index, String input, CommandContext ctx, String kind, String command, String listCommand) {
        NameIndex.Resolution<E> r = index.resolve(input);
        E entry = r.entry();
        if (entry != null) return entry;
        ctx.usage().unmatched(input);
        throw new EarlyReply(notFound(ctx.user(), kind, input, r.suggestions(), command, listCommand), true);
    }

    /** Roughly one chat message of section text; longer topics list the rest by heading. */
    static final int SECTION_BUDGET = 3500;

    /**
     * A topic's sections: with no {@code part}, as many as fit one message and the rest by heading;
     * with {@code part} "all", every section; else the sections whose heading matches {@code part}.
     * Returns false when {@code part} matched nothing.
     */
    static boolean sections(Reply.Builder b, List<Section> sections, @Nullable String part, String command, User user) {
        List<Section> chosen = sections;
        boolean all = part != null && Names.normalize(part).equals("all");
        if (part != null && !all) {
            chosen = Parts.matching(sections, part);
            if (chosen.isEmpty()) return false;
        }
        int used = 0;
        List<String> more = new ArrayList<>();
        for (Section s : chosen) {
            String value = value(s);
            if (part == null && used > 0 && used + value.length() > SECTION_BUDGET) {
                more.add(s.heading());
                continue;
            }
            used += value.length();
            b.field(s.heading(), value);
        }
        if (!more.isEmpty()) {
            b.list(
                    "More in this topic (" + user.surface().command(command + " <part>") + ", or " + command + " all)",
                    more);
        }
        return true;
    }

    static String value(Section s) {
        StringBuilder v = new StringBuilder();
        if (s.text() != null) v.append(s.text());
        for (String item : s.items()) {
            if (v.length() > 0) v.append('\n');
            v.append(Fields.BULLET).append(item);
        }
        return v.toString();
    }

    static Reply noSuchPart(User user, String command, String part, List<Section> sections) {
        return Reply.error(
                "No part called \u201C" + Limits.shorten(part, 60) + "\u201D",
                "Parts of " + command + ": "
                        + String.join(
                                "; ", sections.stream().map(Section::heading).toList()) + ". Type "
                        + user.surface().command(command + " all") + " for everything.");
    }
}

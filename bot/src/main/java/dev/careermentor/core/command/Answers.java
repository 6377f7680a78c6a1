package dev.careermentor.core.command;

import dev.careermentor.core.User;
import dev.careermentor.core.component.ComponentIds;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
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

    /**
     * A name that matched nothing: the closest names as text and as buttons that run the command.
     * {@code kind} names the catalog's {@code cmd.kind.<kind>}: specialization, path, topic, origin.
     */
    static Reply notFound(
            User user,
            Lang lang,
            String kind,
            String input,
            List<? extends Entry> suggestions,
            String command,
            String listCommand) {
        String shown = input.length() > 60 ? input.substring(0, 60) + "\u2026" : input;
        String what = Msg.get(lang, "cmd.kind." + kind);
        Reply.Builder b = Reply.builder(Reply.Kind.ERROR, Msg.get(lang, "cmd.notfound.title", what, shown));
        if (suggestions.isEmpty()) {
            b.text(Msg.get(lang, "cmd.notfound.unknown", what, user.surface().command(listCommand)));
        } else {
            b.text(Msg.get(
                    lang,
                    "cmd.notfound.didyoumean",
                    suggestions.stream()
                            .map(e -> e.name())
                            .collect(Collectors.joining(Msg.get(lang, "cmd.sep.names")))));
            for (Entry e : suggestions) {
                ComponentIds.run(command + " " + e.id())
                        .ifPresent(id -> b.button(new Button(e.name(), id, Button.Kind.SUGGESTION)));
            }
        }
        return b.build();
    }

    /** The command was given too little: {@code what} is the catalog's {@code cmd.<command>.missing}. */
    static Reply missing(User user, Lang lang, Command command) {
        return Reply.error(
                Msg.get(lang, "cmd.missing.title", Msg.get(lang, "cmd." + command.name() + ".missing")),
                Msg.get(lang, "cmd.missing.text", user.surface().command(command.usage()), command.summary(lang)));
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
        throw new EarlyReply(
                notFound(ctx.user(), ctx.knowledge().lang(), kind, input, r.suggestions(), command, listCommand), true);
    }

    /** Roughly one chat message of section text; longer topics list the rest by heading. */
    static final int SECTION_BUDGET = 3500;

    /**
     * A topic's sections: with no {@code part}, as many as fit one message and the rest by heading;
     * with {@code part} "all", every section; else the sections whose heading matches {@code part}.
     * Returns false when {@code part} matched nothing.
     */
    static boolean sections(
            Reply.Builder b, List<Section> sections, @Nullable String part, String command, User user, Lang lang) {
        return sections(b, sections, sections, part, command, user, lang);
    }

    /**
     * {@link #sections(Reply.Builder, List, String, String, User, Lang)} with the part matched against the
     * English headings ({@code english}, the same sections in the same order) and shown from {@code sections}:
     * a part is typed in English whatever the answer's language.
     */
    static boolean sections(
            Reply.Builder b,
            List<Section> english,
            List<Section> sections,
            @Nullable String part,
            String command,
            User user,
            Lang lang) {
        List<Section> chosen = sections;
        boolean all = part != null && Names.normalize(part).equals("all");
        if (part != null && !all) {
            chosen = Parts.matching(english, sections, part);
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
                    Msg.get(lang, "cmd.sections.more", user.surface().command(command + " <part>"), command + " all"),
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

    static Reply noSuchPart(User user, Lang lang, String command, String part, List<Section> sections) {
        return Reply.error(
                Msg.get(lang, "cmd.nopart.title", Limits.shorten(part, 60)),
                Msg.get(
                        lang,
                        "cmd.nopart.text",
                        command,
                        String.join(
                                Msg.get(lang, "cmd.sep.parts"),
                                sections.stream().map(Section::heading).toList()),
                        user.surface().command(command + " all")));
    }
}

package dev.careermentor.core.command;

import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.NameIndex;
import dev.careermentor.core.knowledge.model.Section;
import dev.careermentor.core.knowledge.model.Topic;
import dev.careermentor.core.reply.Cite;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.text.Names;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One topic of the knowledge's {@code topics} list, whole or one part at a time. Topics are data: this
 * one command shows them all, and a topic with a command word (become, hiring, choose) opens with that
 * word too.
 */
public final class TopicCommand implements Command, Sectioned {
    public static final String NAME = "topic";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> aliases() {
        return List.of("guide");
    }

    @Override
    public List<Param> params() {
        return List.of(param("name", Param.Type.TOPIC, true), param("part", Param.Type.SECTION, false));
    }

    @Override
    public Reply run(CommandContext ctx, Request request) {
        String name = request.arg("name");
        if (name == null) return Answers.missing(ctx.user(), ctx.knowledge().lang(), this);
        Knowledge k = ctx.knowledge();
        Lang lang = k.lang();
        Topic t = Answers.resolve(k.topics(), name, ctx, "topic", NAME, "topics");
        String part = request.arg("part");
        String opener = opener(t);
        Topic en = k.in(Lang.EN).topics().resolve(t.id()).entry();
        List<Section> english = en == null ? t.sections() : en.sections();
        List<Section> one = part == null || Names.normalize(part).equals("all")
                ? List.of()
                : Parts.matching(english, t.sections(), part);
        if (one.size() == 1) {
            // One part asked for ("become certifications", "portfolio"): that part is the answer.
            Section s = one.get(0);
            return Cards.part(Reply.builder(Reply.Kind.ANSWER, t.name() + " \u203A " + s.heading()), s)
                    .cite(Cite.entry(k, t))
                    .shareAs(Sectioned.canonical(opener, part))
                    .build();
        }
        Reply.Builder b = Reply.builder(Reply.Kind.ANSWER, t.name()).text(t.summary());
        boolean found = Answers.sections(b, english, t.sections(), part, opener, ctx.user(), lang);
        if (part != null && !found) return Answers.noSuchPart(ctx.user(), lang, opener, part, t.sections());
        return b.cite(Cite.entry(k, t))
                .shareAs(Sectioned.canonical(opener, part))
                .build();
    }

    /** How a user opens {@code t}: its command word, else "topic" and its id. */
    public static String opener(Topic t) {
        String word = t.command();
        return word != null ? word : NAME + " " + t.id();
    }

    /** The topic whose command word is {@code word}, or null. */
    public static @Nullable Topic byCommand(Knowledge k, String word) {
        for (Topic t : k.topics().all()) {
            if (word.equals(t.command())) return t;
        }
        return null;
    }

    @Override
    public List<Section> sections(Knowledge k, Map<String, String> given) {
        String name = given.get("name");
        Topic t = name == null ? null : k.topics().resolve(name).entry();
        return t == null ? List.of() : t.sections();
    }

    @Override
    public List<NameIndex.Suggestion> suggestParts(Knowledge k, Map<String, String> given, String typed, int max) {
        return Parts.suggest(sections(k, given), typed, max, k.lang());
    }
}

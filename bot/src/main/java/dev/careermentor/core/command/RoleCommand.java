package dev.careermentor.core.command;

import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.NameIndex;
import dev.careermentor.core.knowledge.model.Role;
import dev.careermentor.core.knowledge.model.Section;
import dev.careermentor.core.reply.Cite;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.text.Names;
import java.util.List;
import java.util.Map;

/** The LLM-engineer role: what it is and is not, task split, tools, pay, outlook. */
public final class RoleCommand implements Command, Sectioned {

    @Override
    public String name() {
        return "role";
    }

    @Override
    public List<Param> params() {
        return List.of(param("part", Param.Type.SECTION, false));
    }

    @Override
    public List<Section> sections(Knowledge k, Map<String, String> given) {
        return k.data().role().parts(k.lang());
    }

    @Override
    public List<NameIndex.Suggestion> suggestParts(Knowledge k, Map<String, String> given, String typed, int max) {
        return Parts.suggest(sections(k, given), typed, max, k.lang());
    }

    @Override
    public Reply run(CommandContext ctx, Request request) {
        Knowledge k = ctx.knowledge();
        Lang lang = k.lang();
        Role role = k.data().role();
        String part = request.arg("part");
        Role.Pay pay = role.pay();
        List<Section> parts = role.parts(lang);
        List<Section> english = k.in(Lang.EN).data().role().parts(Lang.EN);
        if (part != null) {
            List<Section> one = Names.normalize(part).equals("all") ? List.of() : Parts.matching(english, parts, part);
            if (one.size() == 1) {
                Section s = one.get(0);
                return Cards.part(Reply.builder(Reply.Kind.ANSWER, role.name() + " \u203A " + s.heading()), s)
                        .cite(Cite.entry(k, role))
                        .cite(Cite.fact(k, role.source(), pay.asOf(), role.id()))
                        .shareAs(Sectioned.canonical(name(), part))
                        .build();
            }
        }
        Reply.Builder b = Reply.builder(Reply.Kind.ANSWER, role.name()).text(role.summary());
        if (!Answers.sections(b, english, parts, part, name(), ctx.user(), lang)) {
            return Answers.noSuchPart(ctx.user(), lang, name(), part == null ? "" : part, parts);
        }
        return b.cite(Cite.entry(k, role))
                .cite(Cite.fact(k, role.source(), pay.asOf(), role.id()))
                .shareAs(part == null ? "role" : Sectioned.canonical(name(), part))
                .build();
    }
}

package dev.careermentor.core.command;

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
    public String summary() {
        return "The LLM-engineer role: is / is not, task split, tools, pay, outlook";
    }

    @Override
    public List<Param> params() {
        return List.of(new Param("part", Param.Type.SECTION, false, "one part of the role, or all"));
    }

    @Override
    public List<Section> sections(Knowledge k, Map<String, String> given) {
        return k.data().role().parts();
    }

    @Override
    public List<NameIndex.Suggestion> suggestParts(Knowledge k, Map<String, String> given, String typed, int max) {
        return Parts.suggest(sections(k, given), typed, max);
    }

    @Override
    public Reply run(CommandContext ctx, Request request) {
        Knowledge k = ctx.knowledge();
        Role role = k.data().role();
        String part = request.arg("part");
        Role.Pay pay = role.pay();
        List<Section> parts = role.parts();
        if (part != null) {
            List<Section> one = Names.normalize(part).equals("all") ? List.of() : Parts.matching(parts, part);
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
        if (!Answers.sections(b, parts, part, name(), ctx.user())) {
            return Answers.noSuchPart(ctx.user(), name(), part == null ? "" : part, parts);
        }
        return b.cite(Cite.entry(k, role))
                .cite(Cite.fact(k, role.source(), pay.asOf(), role.id()))
                .shareAs(part == null ? "role" : Sectioned.canonical(name(), part))
                .build();
    }
}

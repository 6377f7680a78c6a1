package dev.careermentor.core.command;

import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.NameIndex;
import dev.careermentor.core.knowledge.model.Role;
import dev.careermentor.core.knowledge.model.Section;
import dev.careermentor.core.reply.Cite;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.text.Pay;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

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
        return k.data().role().sections();
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
        Reply.Builder b = Reply.builder(Reply.Kind.ANSWER, role.name()).text(role.summary());
        if (part != null) {
            if (!Answers.sections(b, role.sections(), part, name(), ctx.user())) {
                return Answers.noSuchPart(ctx.user(), name(), part, role.sections());
            }
            return b.cite(Cite.entry(k, role))
                    .shareAs(Sectioned.canonical(name(), part))
                    .build();
        }
        StringJoiner tasks = new StringJoiner("\n");
        for (Role.Task t : role.tasks()) {
            tasks.add(t.percent() + "% \u2014 " + t.task() + " (" + t.aiImpact().label() + ")");
        }
        b.field(Role.TASKS, tasks.toString());
        Role.Pay pay = role.pay();
        b.field("Pay (" + Pay.basis(pay) + ")", Pay.figures(pay) + (pay.note() == null ? "" : "\n" + pay.note()));
        b.list("Pay notes", pay.notes());
        Answers.sections(b, role.sections(), null, name(), ctx.user());
        return b.cite(Cite.entry(k, role))
                .cite(Cite.fact(k, role.source(), pay.asOf(), role.id()))
                .shareAs("role")
                .build();
    }
}

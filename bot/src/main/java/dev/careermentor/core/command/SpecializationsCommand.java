package dev.careermentor.core.command;

import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.model.Salary;
import dev.careermentor.core.knowledge.model.Specialization;
import dev.careermentor.core.reply.Cite;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.text.Pay;
import java.util.List;

/** The six specializations, one line each with early-career pay. */
public final class SpecializationsCommand implements Command {

    @Override
    public String name() {
        return "specializations";
    }

    @Override
    public List<String> aliases() {
        return List.of("specs", "specialisations", "list");
    }

    @Override
    public String summary() {
        return "The six specializations, one line each with early-career pay";
    }

    @Override
    public Reply run(CommandContext ctx, Request request) {
        Knowledge k = ctx.knowledge();
        List<Specialization> all = k.specializations().all();
        Reply.Builder b = Reply.builder(Reply.Kind.ANSWER, all.size() + " specializations")
                .text("\u201CAI engineer\u201D is several jobs. Type "
                        + ctx.user().surface().command("specialization <name>") + " for one in depth, or "
                        + ctx.user().surface().command("quiz") + " to find your fit.");
        for (Specialization s : all) {
            b.field(
                    s.name(),
                    s.summary() + "\n" + Pay.line(s.salary(), Salary.Level.EARLY) + " (" + Pay.basis(s.salary()) + ")");
            b.cite(Cite.fact(k, s.source(), s.salary().asOf(), s.id()));
        }
        return b.shareAs("specializations").build();
    }
}

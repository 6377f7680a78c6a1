package dev.careermentor.core.command;

import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
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
    public Reply run(CommandContext ctx, Request request) {
        Knowledge k = ctx.knowledge();
        List<Specialization> all = k.specializations().all();
        Lang lang = k.lang();
        Reply.Builder b = Reply.builder(Reply.Kind.ANSWER, Msg.get(lang, "cmd.specializations.title", all.size()))
                .text(Msg.get(
                        lang,
                        "cmd.specializations.text",
                        ctx.user().surface().command("specialization <name>"),
                        ctx.user().surface().command("quiz")));
        for (Specialization s : all) {
            b.field(
                    s.name(),
                    s.summary() + "\n"
                            + Msg.get(
                                    lang,
                                    "cmd.paren",
                                    Pay.line(s.salary(), Salary.Level.EARLY, lang),
                                    Pay.basis(s.salary(), lang)));
            b.cite(Cite.fact(k, s.source(), s.salary().asOf(), s.id()));
        }
        return b.shareAs("specializations").build();
    }
}

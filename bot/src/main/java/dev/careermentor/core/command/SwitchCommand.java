package dev.careermentor.core.command;

import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.model.Background;
import dev.careermentor.core.knowledge.model.Entry;
import dev.careermentor.core.knowledge.model.Move;
import dev.careermentor.core.knowledge.model.Specialization;
import dev.careermentor.core.knowledge.model.Switching;
import dev.careermentor.core.reply.Cite;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.text.Pay;
import java.util.ArrayList;
import java.util.List;

/** What the sources say of a switch (a rating only where one gives it), how long it takes, and what to learn. */
public final class SwitchCommand implements Command {

    @Override
    public String name() {
        return "switch";
    }

    @Override
    public List<String> aliases() {
        return List.of("pivot");
    }

    @Override
    public String summary() {
        return "Switching: how hard, how long, what to learn";
    }

    @Override
    public List<Param> params() {
        return List.of(
                new Param("from", Param.Type.ORIGIN, true, "a specialization or your background"),
                new Param("to", Param.Type.SPECIALIZATION, true, "the specialization to move to"));
    }

    @Override
    public Reply run(CommandContext ctx, Request request) {
        Knowledge k = ctx.knowledge();
        if (request.arg("from") == null || request.arg("to") == null) {
            return Answers.missing(ctx.user(), this, "where you switch from and to");
        }
        Entry from = Answers.resolve(
                k.origins(),
                request.arg("from"),
                ctx,
                "specialization or background",
                "specialization",
                "specializations");
        Specialization to = Answers.resolve(
                k.specializations(), request.arg("to"), ctx, "specialization", "specialization", "specializations");
        if (from.id().equals(to.id())) {
            return Reply.error(
                    "That's the same specialization",
                    "You are already in " + to.name() + ". Try e.g. "
                            + ctx.user().surface().command("switch applied-llm serving") + ".");
        }
        Switching sw = k.data().switching();
        Move move = sw.moves().stream()
                .filter(m -> m.from().equals(from.id()) && m.to().equals(to.id()))
                .findFirst()
                .orElse(null);

        Reply.Builder b = Reply.builder(Reply.Kind.ANSWER, "Switching: " + from.name() + " \u2192 " + to.name());
        List<String> lead = new ArrayList<>();
        if (move != null && move.difficulty().rated()) {
            b.field("What the sources call it", move.difficulty().described(move.why()));
        } else if (move != null) {
            b.field("Recommended for your background", move.why());
        } else if (from instanceof Background bg && bg.suggests().contains(to.id())) {
            b.field("Recommended for your background", bg.note());
            b.cite(Cite.entry(k, bg));
        } else {
            lead.add("The sources don't rate this particular switch; here is what applies to every switch.");
        }
        if (from instanceof Background bg) {
            lead.add("From " + bg.name() + ", the sources point to " + names(k, bg.suggests()) + ".");
            b.cite(Cite.entry(k, bg));
        }
        b.text(lead.isEmpty() ? sw.summary() : String.join(" ", lead));
        // The 2–3 months is the cost of changing specialization mid-roadmap, not of entering AI from a job.
        b.field("How long", from instanceof Specialization ? sw.cost() : Msg.get(Lang.EN, "switch.nocost"));
        b.list("What to learn for " + to.name(), to.skills());
        b.list("First steps", to.breakIn().stream().limit(3).toList());
        if (from instanceof Specialization fs) {
            b.field("Pay change (" + Pay.basis(to.salary()) + ")", Pay.change(fs.salary(), to.salary()));
            b.cite(Cite.fact(k, fs.source(), fs.salary().asOf(), fs.id()));
        }
        b.list("Advice", sw.advice());
        return b.cite(Cite.entry(k, sw))
                .cite(Cite.entry(k, to))
                .cite(Cite.fact(k, to.source(), to.salary().asOf(), to.id()))
                .shareAs("switch " + from.id() + " " + to.id())
                .build();
    }

    private static String names(Knowledge k, List<String> ids) {
        List<String> names = new ArrayList<>();
        for (String id : ids) names.add(k.specializations().require(id).name());
        return String.join(" or ", names);
    }
}

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
    public List<Param> params() {
        return List.of(param("from", Param.Type.ORIGIN, true), param("to", Param.Type.SPECIALIZATION, true));
    }

    @Override
    public Reply run(CommandContext ctx, Request request) {
        Knowledge k = ctx.knowledge();
        Lang lang = k.lang();
        if (request.arg("from") == null || request.arg("to") == null) {
            return Answers.missing(ctx.user(), lang, this);
        }
        Entry from =
                Answers.resolve(k.origins(), request.arg("from"), ctx, "origin", "specialization", "specializations");
        Specialization to = Answers.resolve(
                k.specializations(), request.arg("to"), ctx, "specialization", "specialization", "specializations");
        if (from.id().equals(to.id())) {
            return Reply.error(
                    Msg.get(lang, "cmd.switch.same.title"),
                    Msg.get(
                            lang,
                            "cmd.switch.same.text",
                            to.name(),
                            ctx.user().surface().command("switch applied-llm serving")));
        }
        Switching sw = k.data().switching();
        Move move = sw.moves().stream()
                .filter(m -> m.from().equals(from.id()) && m.to().equals(to.id()))
                .findFirst()
                .orElse(null);

        Reply.Builder b = Reply.builder(Reply.Kind.ANSWER, Msg.get(lang, "cmd.switch.title", from.name(), to.name()));
        List<String> lead = new ArrayList<>();
        if (move != null && move.difficulty().rated()) {
            b.field(Msg.get(lang, "cmd.switch.called"), move.difficulty().described(move.why(), lang));
        } else if (move != null) {
            b.field(Msg.get(lang, "cmd.switch.recommended"), move.why());
        } else if (from instanceof Background bg && bg.suggests().contains(to.id())) {
            b.field(Msg.get(lang, "cmd.switch.recommended"), bg.note());
            b.cite(Cite.entry(k, bg));
        } else {
            lead.add(Msg.get(lang, "cmd.switch.unrated"));
        }
        if (from instanceof Background bg) {
            lead.add(Msg.get(lang, "cmd.switch.from", bg.name(), names(k, bg.suggests())));
            b.cite(Cite.entry(k, bg));
        }
        b.text(lead.isEmpty() ? sw.summary() : String.join(Msg.get(lang, "cmd.sep.sentences"), lead));
        // The 2–3 months is the cost of changing specialization mid-roadmap, not of entering AI from a job.
        b.field(
                Msg.get(lang, "cmd.switch.howlong"),
                from instanceof Specialization ? sw.cost() : Msg.get(lang, "cmd.switch.nocost"));
        b.list(Msg.get(lang, "cmd.switch.learn", to.name()), to.skills());
        b.list(Msg.get(lang, "cmd.switch.first"), to.breakIn().stream().limit(3).toList());
        if (from instanceof Specialization fs) {
            b.field(
                    Msg.get(lang, "cmd.switch.paychange", Pay.basis(to.salary(), lang)),
                    Pay.change(fs.salary(), to.salary(), lang));
            b.cite(Cite.fact(k, fs.source(), fs.salary().asOf(), fs.id()));
        }
        b.list(Msg.get(lang, "cmd.switch.advice"), sw.advice());
        return b.cite(Cite.entry(k, sw))
                .cite(Cite.entry(k, to))
                .cite(Cite.fact(k, to.source(), to.salary().asOf(), to.id()))
                .shareAs("switch " + from.id() + " " + to.id())
                .build();
    }

    private static String names(Knowledge k, List<String> ids) {
        List<String> names = new ArrayList<>();
        for (String id : ids) names.add(k.specializations().require(id).name());
        return String.join(Msg.get(k.lang(), "cmd.sep.or"), names);
    }
}

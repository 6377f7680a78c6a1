package dev.careermentor.core.command;

import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.model.Move;
import dev.careermentor.core.knowledge.model.Salary;
import dev.careermentor.core.knowledge.model.Specialization;
import dev.careermentor.core.reply.Cite;
import dev.careermentor.core.reply.Fields;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.text.Pay;
import java.util.List;

/** Two specializations side by side. */
public final class CompareCommand implements Command {

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public List<String> aliases() {
        return List.of("vs");
    }

    @Override
    public String summary() {
        return "Two specializations side by side";
    }

    @Override
    public List<Param> params() {
        return List.of(
                new Param("first", Param.Type.SPECIALIZATION, true, "a specialization"),
                new Param("second", Param.Type.SPECIALIZATION, true, "another specialization"));
    }

    @Override
    public Reply run(CommandContext ctx, Request request) {
        Knowledge k = ctx.knowledge();
        if (request.arg("first") == null || request.arg("second") == null) {
            return Answers.missing(ctx.user(), this, "two specialization names");
        }
        Specialization a = Answers.resolve(
                k.specializations(), request.arg("first"), ctx, "specialization", "specialization", "specializations");
        Specialization b = Answers.resolve(
                k.specializations(), request.arg("second"), ctx, "specialization", "specialization", "specializations");
        if (a.equals(b)) {
            return Reply.error(
                    "Pick two different specializations",
                    "Both names point to " + a.name() + ". Try e.g. "
                            + ctx.user().surface().command("compare serving mlops") + ".");
        }
        Reply.Builder r = Reply.builder(Reply.Kind.ANSWER, a.name() + " vs " + b.name());
        r.text(a.name() + ": " + a.summary() + "\n" + b.name() + ": " + b.summary());
        pair(r, "Early career pay", early(a), early(b), a, b);
        pair(r, "Senior pay", senior(a), senior(b), a, b);
        pair(r, "Day to day", bullets(a.dayToDay()), bullets(b.dayToDay()), a, b);
        pair(r, "Skills", bullets(a.skills()), bullets(b.skills()), a, b);
        pair(r, "Hiring outlook", a.hiring(), b.hiring(), a, b);
        pair(r, "How to break in", bullets(a.breakIn()), bullets(b.breakIn()), a, b);
        for (Move m : k.data().switching().moves()) {
            boolean ab = m.from().equals(a.id()) && m.to().equals(b.id());
            boolean ba = m.from().equals(b.id()) && m.to().equals(a.id());
            if (ab || ba) {
                String from = ab ? a.name() : b.name();
                String to = ab ? b.name() : a.name();
                r.field("Switching " + from + " \u2192 " + to, m.difficulty().described(m.why()));
                r.cite(Cite.entry(k, k.data().switching()));
            }
        }
        return r.cite(Cite.entry(k, a))
                .cite(Cite.fact(k, a.source(), a.salary().asOf(), a.id()))
                .cite(Cite.entry(k, b))
                .cite(Cite.fact(k, b.source(), b.salary().asOf(), b.id()))
                .shareAs("compare " + a.id() + " " + b.id())
                .build();
    }

    private static void pair(
            Reply.Builder r, String aspect, String left, String right, Specialization a, Specialization b) {
        r.inline(aspect + ": " + a.name(), left);
        r.inline(aspect + ": " + b.name(), right);
    }

    private static String early(Specialization s) {
        return Pay.band(s.salary(), Salary.Level.EARLY) + " (" + Pay.basis(s.salary()) + ")";
    }

    private static String senior(Specialization s) {
        return Pay.band(s.salary(), Salary.Level.SENIOR) + " (" + Pay.basis(s.salary()) + ")";
    }

    private static String bullets(List<String> items) {
        StringBuilder sb = new StringBuilder();
        for (String i : items) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(Fields.BULLET).append(i);
        }
        return sb.toString();
    }
}

package dev.careermentor.core.command;

import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
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
    public List<Param> params() {
        return List.of(
                param("first", Param.Type.SPECIALIZATION, true), param("second", Param.Type.SPECIALIZATION, true));
    }

    @Override
    public Reply run(CommandContext ctx, Request request) {
        Knowledge k = ctx.knowledge();
        Lang lang = k.lang();
        if (request.arg("first") == null || request.arg("second") == null) {
            return Answers.missing(ctx.user(), lang, this);
        }
        Specialization a = Answers.resolve(
                k.specializations(), request.arg("first"), ctx, "specialization", "specialization", "specializations");
        Specialization b = Answers.resolve(
                k.specializations(), request.arg("second"), ctx, "specialization", "specialization", "specializations");
        if (a.equals(b)) {
            return Reply.error(
                    Msg.get(lang, "cmd.compare.same.title"),
                    Msg.get(
                            lang,
                            "cmd.compare.same.text",
                            a.name(),
                            ctx.user().surface().command("compare serving mlops")));
        }
        Reply.Builder r = Reply.builder(Reply.Kind.ANSWER, Msg.get(lang, "cmd.compare.title", a.name(), b.name()));
        r.text(Msg.get(lang, "cmd.labeled", a.name(), a.summary()) + "\n"
                + Msg.get(lang, "cmd.labeled", b.name(), b.summary()));
        pair(
                r,
                lang,
                Msg.get(lang, "cmd.compare.early"),
                pay(a, Salary.Level.EARLY, lang),
                pay(b, Salary.Level.EARLY, lang),
                a,
                b);
        pair(
                r,
                lang,
                Msg.get(lang, "cmd.compare.senior"),
                pay(a, Salary.Level.SENIOR, lang),
                pay(b, Salary.Level.SENIOR, lang),
                a,
                b);
        pair(r, lang, Msg.get(lang, "card.day"), bullets(a.dayToDay()), bullets(b.dayToDay()), a, b);
        pair(r, lang, Msg.get(lang, "card.skills"), bullets(a.skills()), bullets(b.skills()), a, b);
        pair(r, lang, Msg.get(lang, "card.hiring"), a.hiring(), b.hiring(), a, b);
        pair(r, lang, Msg.get(lang, "card.breakin"), bullets(a.breakIn()), bullets(b.breakIn()), a, b);
        for (Move m : k.data().switching().moves()) {
            boolean ab = m.from().equals(a.id()) && m.to().equals(b.id());
            boolean ba = m.from().equals(b.id()) && m.to().equals(a.id());
            if (ab || ba) {
                String from = ab ? a.name() : b.name();
                String to = ab ? b.name() : a.name();
                r.field(
                        Msg.get(lang, "cmd.compare.switching", from, to),
                        m.difficulty().described(m.why(), lang));
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
            Reply.Builder r, Lang lang, String aspect, String left, String right, Specialization a, Specialization b) {
        r.inline(Msg.get(lang, "cmd.labeled", aspect, a.name()), left);
        r.inline(Msg.get(lang, "cmd.labeled", aspect, b.name()), right);
    }

    /** "$130K–$220K (US, USD, as of 2026)". */
    private static String pay(Specialization s, Salary.Level level, Lang lang) {
        return Msg.get(lang, "cmd.paren", Pay.band(s.salary(), level), Pay.basis(s.salary(), lang));
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

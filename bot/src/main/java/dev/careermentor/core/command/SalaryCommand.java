package dev.careermentor.core.command;

import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.model.Role;
import dev.careermentor.core.knowledge.model.Salary;
import dev.careermentor.core.knowledge.model.Specialization;
import dev.careermentor.core.reply.Cite;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.text.Pay;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** Salary ranges: one specialization and level, one specialization, or the whole table. */
public final class SalaryCommand implements Command {

    @Override
    public String name() {
        return "salary";
    }

    @Override
    public List<String> aliases() {
        return List.of("salaries", "pay");
    }

    @Override
    public List<Param> params() {
        return List.of(param("name", Param.Type.SPECIALIZATION, false), param("level", Param.Type.LEVEL, false));
    }

    @Override
    public Reply run(CommandContext ctx, Request request) {
        Knowledge k = ctx.knowledge();
        Lang lang = k.lang();
        String levelText = request.arg("level");
        Salary.Level level = Levels.parse(k, levelText);
        if (levelText != null && level == null) return unknownLevel(ctx, levelText);
        String name = request.arg("name");
        if (name == null) return table(k, level, ctx);
        // "salary llm engineer", "salary faang": the LLM-engineer role's pay, which no specialization has.
        var rolePay = Cards.rolePayName(k, name);
        if (rolePay.isPresent())
            return Cards.rolePay(k, rolePay.get().figure(), lang).build();
        int lastSpace = name.lastIndexOf(' ');
        if (levelText == null
                && lastSpace > 0
                && !k.specializations().resolve(name).found()
                && k.specializations().resolve(name.substring(0, lastSpace)).found()) {
            // "salary serving principal": a level we don't know
            return unknownLevel(ctx, name.substring(lastSpace + 1));
        }
        Specialization s =
                Answers.resolve(k.specializations(), name, ctx, "specialization", "salary", "specializations");
        Salary pay = s.salary();
        Reply.Builder b = Reply.builder(Reply.Kind.ANSWER, Msg.get(lang, "cmd.salary.title", s.name()))
                .text(
                        pay.note() == null
                                ? Pay.basis(pay, lang)
                                : Msg.get(lang, "cmd.salary.lead", Pay.basis(pay, lang), pay.note()));
        if (level == null || level == Salary.Level.EARLY) {
            b.inline(Pay.label(Salary.Level.EARLY, lang), Pay.band(pay, Salary.Level.EARLY));
        }
        if (level == null || level == Salary.Level.SENIOR) {
            b.inline(Pay.label(Salary.Level.SENIOR, lang), Pay.band(pay, Salary.Level.SENIOR));
        }
        return b.cite(Cite.fact(k, s.source(), pay.asOf(), s.id()))
                .shareAs("salary " + s.id() + (level == null ? "" : " " + Levels.word(level)))
                .build();
    }

    private static Reply unknownLevel(CommandContext ctx, String levelText) {
        Lang lang = ctx.knowledge().lang();
        return Reply.error(
                Msg.get(lang, "cmd.salary.badlevel.title", levelText),
                Msg.get(lang, "cmd.salary.badlevel.text", ctx.user().surface().command("salary serving senior")));
    }

    private static Reply table(Knowledge k, Salary.@Nullable Level level, CommandContext ctx) {
        Lang lang = k.lang();
        String title = level == null
                ? Msg.get(lang, "cmd.salary.table.title")
                : Msg.get(lang, "cmd.salary.table.level", Pay.label(level, lang).toLowerCase(Locale.ROOT));
        Reply.Builder b = Reply.builder(Reply.Kind.ANSWER, title);
        StringJoiner basis = new StringJoiner(Msg.get(lang, "cmd.sep.parts"));
        for (Specialization s : k.specializations().all()) {
            Salary pay = s.salary();
            String value = level == null ? Pay.levels(pay, lang) : Pay.line(pay, level, lang);
            b.inline(s.name(), value);
            b.cite(Cite.fact(k, s.source(), pay.asOf(), s.id()));
            String line = Pay.basis(pay, lang);
            if (!basis.toString().contains(line)) basis.add(line);
        }
        Role role = k.data().role();
        Role.Pay pay = role.pay();
        b.field(Msg.get(lang, "cmd.paren", role.name(), Pay.basis(pay, lang)), Pay.figures(pay, lang));
        if (!pay.notes().isEmpty()) b.list(Msg.get(lang, "cmd.salary.role.notes", role.name()), pay.notes());
        b.cite(Cite.fact(k, role.source(), pay.asOf(), role.id()));
        return b.text(Msg.get(
                        lang,
                        "cmd.salary.table.text",
                        basis.toString(),
                        ctx.user().surface().command("salary <name> [early|senior]")))
                .shareAs(level == null ? "salary" : "salary " + Levels.word(level))
                .build();
    }
}

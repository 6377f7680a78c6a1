package dev.careermentor.core.command;

import dev.careermentor.core.i18n.Lang;
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
    public String summary() {
        return "Salary ranges: one specialization, or the table of all plus LLM-engineer pay";
    }

    @Override
    public List<Param> params() {
        return List.of(
                new Param("name", Param.Type.SPECIALIZATION, false, "a specialization; leave out for all"),
                new Param("level", Param.Type.LEVEL, false, "early or senior; leave out for both"));
    }

    @Override
    public Reply run(CommandContext ctx, Request request) {
        Knowledge k = ctx.knowledge();
        String levelText = request.arg("level");
        Salary.Level level = Levels.parse(k, levelText);
        if (levelText != null && level == null) {
            return Reply.error(
                    "Unknown level \u201C" + levelText + "\u201D",
                    "Use early or senior, e.g. " + ctx.user().surface().command("salary serving senior") + ".");
        }
        String name = request.arg("name");
        if (name == null) return table(k, level, ctx);
        // "salary llm engineer", "salary faang": the LLM-engineer role's pay, which no specialization has.
        var rolePay = Cards.rolePayName(k, name);
        if (rolePay.isPresent())
            return Cards.rolePay(k, rolePay.get().figure(), Lang.EN).build();
        int lastSpace = name.lastIndexOf(' ');
        if (levelText == null
                && lastSpace > 0
                && !k.specializations().resolve(name).found()
                && k.specializations().resolve(name.substring(0, lastSpace)).found()) {
            levelText = name.substring(lastSpace + 1); // "salary serving principal": a level we don't know
            return Reply.error(
                    "Unknown level \u201C" + levelText + "\u201D",
                    "Use early or senior, e.g. " + ctx.user().surface().command("salary serving senior") + ".");
        }
        Specialization s =
                Answers.resolve(k.specializations(), name, ctx, "specialization", "salary", "specializations");
        Salary pay = s.salary();
        Reply.Builder b = Reply.builder(Reply.Kind.ANSWER, s.name() + ": pay")
                .text(Pay.basis(pay) + (pay.note() == null ? "" : ". " + pay.note()));
        if (level == null || level == Salary.Level.EARLY) {
            b.inline(Pay.label(Salary.Level.EARLY), Pay.band(pay, Salary.Level.EARLY));
        }
        if (level == null || level == Salary.Level.SENIOR) {
            b.inline(Pay.label(Salary.Level.SENIOR), Pay.band(pay, Salary.Level.SENIOR));
        }
        return b.cite(Cite.fact(k, s.source(), pay.asOf(), s.id()))
                .shareAs("salary " + s.id() + (level == null ? "" : " " + Levels.word(level)))
                .build();
    }

    private static Reply table(Knowledge k, Salary.@Nullable Level level, CommandContext ctx) {
        String title = level == null
                ? "Salary ranges"
                : "Salary ranges: " + Levels.label(level).toLowerCase(Locale.ROOT);
        Reply.Builder b = Reply.builder(Reply.Kind.ANSWER, title);
        StringJoiner basis = new StringJoiner("; ");
        for (Specialization s : k.specializations().all()) {
            Salary pay = s.salary();
            String value = level == null ? Pay.levels(pay) : Pay.line(pay, level);
            b.inline(s.name(), value);
            b.cite(Cite.fact(k, s.source(), pay.asOf(), s.id()));
            String line = Pay.basis(pay);
            if (!basis.toString().contains(line)) basis.add(line);
        }
        Role role = k.data().role();
        Role.Pay pay = role.pay();
        b.field(role.name() + " (" + Pay.basis(pay) + ")", Pay.figures(pay));
        if (!pay.notes().isEmpty()) b.list(role.name() + ": pay notes", pay.notes());
        b.cite(Cite.fact(k, role.source(), pay.asOf(), role.id()));
        return b.text("Specialization ranges: " + basis + ". Type "
                        + ctx.user().surface().command("salary <name> [early|senior]") + " for one range.")
                .shareAs(level == null ? "salary" : "salary " + Levels.word(level))
                .build();
    }
}

package dev.careermentor.core.command;

import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.model.CareerPath;
import dev.careermentor.core.knowledge.model.Specialization;
import dev.careermentor.core.reply.Cite;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.text.Pay;

/**
 * The blocks answers share: a specialization or a path shown whole. Commands and free-text answers put
 * them below their own lead, so both show an entry the same way and cite it the same way.
 */
public final class Cards {
    private Cards() {}

    /** Day to day, skills, pay, hiring, who it suits and how to break in, with the entry and its pay cited. */
    public static Reply.Builder specialization(Reply.Builder b, Knowledge k, Specialization s) {
        return b.list("Day to day", s.dayToDay())
                .list("Skills", s.skills())
                .field("Pay (" + Pay.basis(s.salary()) + ")", Pay.levelsWithNote(s.salary()))
                .field("Hiring outlook", s.hiring())
                .field("Who it suits", s.fit())
                .list("How to break in", s.breakIn())
                .cite(Cite.entry(k, s))
                .cite(Cite.fact(k, s.source(), s.salary().asOf(), s.id()));
    }

    /** The work, roles, education bar, outlook and notes, with the entry cited. */
    public static Reply.Builder path(Reply.Builder b, Knowledge k, CareerPath p) {
        return b.list("The work", p.work())
                .field("Typical roles", String.join(", ", p.roles()))
                .field("Education bar", p.education())
                .field("Outlook", p.outlook())
                .list("Worth knowing", p.notes())
                .cite(Cite.entry(k, p));
    }
}

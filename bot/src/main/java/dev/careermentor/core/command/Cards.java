package dev.careermentor.core.command;

import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.model.CareerPath;
import dev.careermentor.core.knowledge.model.Role;
import dev.careermentor.core.knowledge.model.Section;
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
        Lang lang = k.lang();
        return b.list(Msg.get(lang, "card.day"), s.dayToDay())
                .list(Msg.get(lang, "card.skills"), s.skills())
                .field(Msg.get(lang, "card.pay", Pay.basis(s.salary(), lang)), Pay.levelsWithNote(s.salary(), lang))
                .field(Msg.get(lang, "card.hiring"), s.hiring())
                .field(Msg.get(lang, "card.fit"), s.fit())
                .list(Msg.get(lang, "card.breakin"), s.breakIn())
                .cite(Cite.entry(k, s))
                .cite(Cite.fact(k, s.source(), s.salary().asOf(), s.id()));
    }

    /** The work, roles, education bar, outlook and notes, with the entry cited. */
    public static Reply.Builder path(Reply.Builder b, Knowledge k, CareerPath p) {
        Lang lang = k.lang();
        return b.list(Msg.get(lang, "card.path.work"), p.work())
                .field(Msg.get(lang, "card.path.roles"), String.join(Msg.get(lang, "cmd.sep.names"), p.roles()))
                .field(Msg.get(lang, "card.path.education"), p.education())
                .field(Msg.get(lang, "card.path.outlook"), p.outlook())
                .list(Msg.get(lang, "card.path.notes"), p.notes())
                .cite(Cite.entry(k, p));
    }

    /** Up to this length a part is the lead, whole; longer, its first sentence leads and the part follows. */
    public static final int WHOLE_PART_MAX = 400;

    /**
     * One part of a topic as the answer: short, the lead is all of it ("Certifications to consider" and its
     * four items on one line); long, its paragraph (or first sentence) leads and the rest follows whole.
     */
    public static Reply.Builder part(Reply.Builder b, Section s) {
        String whole = inline(s.text(), s.items());
        if (whole.length() <= WHOLE_PART_MAX) return b.text(whole);
        if (s.text() != null && !s.items().isEmpty()) return b.text(s.text()).list(s.heading(), s.items());
        String first = s.text() != null ? firstSentence(s.text()) : s.items().get(0);
        return b.text(first).field(s.heading(), Answers.value(s));
    }

    /**
     * A paragraph and its list as one line: each item a sentence of its own. Chinese sentences end with
     * 。 and follow each other without a space.
     */
    public static String inline(@org.jspecify.annotations.Nullable String text, java.util.List<String> items) {
        java.util.List<String> pieces = new java.util.ArrayList<>();
        if (text != null) pieces.add(text);
        // A Chinese part names English certificates and tools too: any Han character makes it Chinese.
        boolean chinese = ((text == null ? "" : text) + String.join(" ", items))
                .codePoints()
                .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        for (String item : items) {
            boolean ended = item.endsWith(".") || item.endsWith("?") || endsChinese(item);
            pieces.add(ended ? item : item + (chinese ? "\u3002" : "."));
        }
        StringBuilder sb = new StringBuilder();
        for (String piece : pieces) {
            if (sb.length() > 0 && !endsChinese(sb)) sb.append(' ');
            sb.append(piece);
        }
        return sb.toString();
    }

    /** Ends with a full-width sentence mark: 。！？ */
    private static boolean endsChinese(CharSequence s) {
        if (s.length() == 0) return false;
        char last = s.charAt(s.length() - 1);
        return last == '\u3002' || last == '\uFF01' || last == '\uFF1F';
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        int zh = text.indexOf('\u3002');
        if (zh >= 0 && zh + 1 < text.length() && (end < 0 || zh < end)) return text.substring(0, zh + 1);
        return end < 0 ? text : text.substring(0, end + 1);
    }

    /** A name that means the LLM-engineer role's pay: the role itself, or one of its employer types. */
    public record RolePayName(Role.@org.jspecify.annotations.Nullable Figure figure) {}

    /**
     * Whether {@code name} names the LLM-engineer role ("llm engineer", "mid-level") or one of its pay's
     * employer types ("faang", "frontier lab"): those have pay, but are no specialization.
     */
    public static java.util.Optional<RolePayName> rolePayName(Knowledge k, String name) {
        String n = dev.careermentor.core.text.Names.normalize(name);
        Role role = k.data().role();
        java.util.List<String> roleNames = new java.util.ArrayList<>(role.aliases());
        roleNames.add(role.id());
        roleNames.add(role.name());
        roleNames.add("mid level");
        for (String r : roleNames) {
            if (dev.careermentor.core.text.Names.normalize(r).equals(n))
                return java.util.Optional.of(new RolePayName(null));
        }
        for (Role.Figure f : role.pay().figures()) {
            java.util.List<String> names = new java.util.ArrayList<>(f.aliases());
            names.add(f.employer());
            for (String e : names) {
                if (dev.careermentor.core.text.Names.normalize(e).equals(n))
                    return java.util.Optional.of(new RolePayName(f));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The LLM-engineer role's pay (mid-level, FAANG, frontier lab), led by one employer type's figure
     * when one is asked about.
     */
    public static Reply.Builder rolePay(Knowledge k, Role.@org.jspecify.annotations.Nullable Figure focus, Lang lang) {
        Role role = k.data().role();
        Role.Pay pay = role.pay();
        String lead;
        if (focus != null) {
            lead = Msg.get(lang, "role.pay.one", Pay.figure(pay, focus, lang), Pay.basis(pay, lang));
        } else {
            Role.Figure first = pay.figures().get(0);
            lead = Msg.get(
                    lang, "role.pay.lead", role.name(), Pay.range(pay, first), first.basis(), Pay.basis(pay, lang));
        }
        return Reply.builder(Reply.Kind.ANSWER, Msg.get(lang, "role.pay.title", role.name()))
                .text(lead)
                .field(
                        Msg.get(lang, "pay.of", role.name(), Pay.basis(pay, lang)),
                        Pay.figures(pay, lang) + (pay.note() == null ? "" : "\n" + pay.note()))
                .list(Msg.get(lang, "role.pay.notes"), pay.notes())
                .cite(Cite.fact(k, role.source(), pay.asOf(), role.id()))
                .shareAs("role pay");
    }
}

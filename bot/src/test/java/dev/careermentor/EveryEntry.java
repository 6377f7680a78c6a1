package dev.careermentor;

import dev.careermentor.core.Mentor;
import dev.careermentor.core.User;
import dev.careermentor.core.command.Request;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.NameIndex;
import dev.careermentor.core.knowledge.model.Move;
import dev.careermentor.core.knowledge.model.Specialization;
import dev.careermentor.core.knowledge.model.Term;
import dev.careermentor.core.knowledge.model.Topic;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every entry of the knowledge as a reply in one language: each list, each path, specialization (with
 * every level of pay), comparison, switch, part of the role and of each topic, each glossary term, and
 * the quiz from its first question to its result. What rendering-limit tests feed each platform.
 */
public final class EveryEntry {
    private EveryEntry() {}

    /** The replies, by the request that made them, asked by {@code user} with {@code lang} as the hint. */
    public static Map<String, Reply> replies(Mentor mentor, User user, Lang lang) {
        Knowledge k = mentor.knowledge();
        Knowledge face = k.in(lang);
        List<Request> requests = new ArrayList<>();
        for (String list : List.of("help", "paths", "specializations", "salary", "topics", "sources", "lang", "role")) {
            requests.add(new Request(list, Map.of()));
        }
        requests.add(new Request("lang", Map.of("language", lang.code())));
        face.paths().all().forEach(p -> requests.add(new Request("path", Map.of("name", p.id()))));
        List<Specialization> specs = face.specializations().all();
        for (Specialization s : specs) {
            requests.add(new Request("specialization", Map.of("name", s.id())));
            requests.add(new Request("salary", Map.of("name", s.id())));
            for (String level : List.of("early", "senior")) {
                requests.add(new Request("salary", Map.of("name", s.id(), "level", level)));
            }
            for (Specialization other : specs) {
                if (!other.id().equals(s.id()))
                    requests.add(new Request("compare", Map.of("first", s.id(), "second", other.id())));
            }
        }
        for (Move m : face.data().switching().moves()) {
            requests.add(new Request("switch", Map.of("from", m.from(), "to", m.to())));
        }
        for (NameIndex.Suggestion part : mentor.autocomplete(user, lang, "role", "part", "", Map.of(), 25)) {
            requests.add(new Request("role", Map.of("part", part.id())));
        }
        for (Topic t : face.topics().all()) {
            requests.add(new Request("topic", Map.of("name", t.id())));
            for (NameIndex.Suggestion part :
                    mentor.autocomplete(user, lang, "topic", "part", "", Map.of("name", t.id()), 25)) {
                requests.add(new Request("topic", Map.of("name", t.id(), "part", part.id())));
            }
        }
        for (Term term : face.data().glossary()) {
            requests.add(new Request("ask", Map.of("question", term.name())));
        }
        Map<String, Reply> out = new LinkedHashMap<>();
        for (Request r : requests) out.put(r.command() + " " + r.args(), mentor.handle(user, lang, r));
        // The quiz: every question, then the result, choosing the first answer each time.
        Reply step = mentor.handle(user, lang, new Request("quiz", Map.of()));
        for (int n = 0; n < 20; n++) {
            out.put("quiz step " + n, step);
            Button choice = step.buttons().stream()
                    .filter(b -> b.kind() == Button.Kind.CHOICE)
                    .findFirst()
                    .orElse(null);
            if (choice == null) break;
            step = mentor.handleComponent(user, lang, "", choice.id());
        }
        return out;
    }
}

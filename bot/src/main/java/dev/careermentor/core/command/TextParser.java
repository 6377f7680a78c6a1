package dev.careermentor.core.command;

import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.NameIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns a line such as "compare applied llm vs serving" into a {@link Request}. Names may be several
 * words, so where two names meet is decided by which split makes both names known.
 */
public final class TextParser {
    private static final Set<String> CONNECTORS =
            Set.of("to", "vs", "v", "versus", "and", "with", "or", "->", "\u2192", "=>", ",", "from", "into");

    /** The command found, or null with {@code word} set when the first word is not a command. */
    public record Parsed(
            @Nullable Command command, @Nullable Request request, String word) {}

    private final Map<String, Command> byWord = new HashMap<>();

    public TextParser(List<Command> commands) {
        for (Command c : commands) {
            byWord.put(c.name(), c);
            for (String a : c.aliases()) byWord.put(a, c);
        }
    }

    public Set<String> words() {
        return byWord.keySet();
    }

    /** @param text cleaned input, without any leading "/mentor" */
    public Parsed parse(String text, Knowledge k) {
        List<String> tokens = new ArrayList<>(Arrays.asList(text.split(" ")));
        String word = tokens.remove(0).toLowerCase(Locale.ROOT);
        Command command = byWord.get(word);
        if (command == null) return new Parsed(null, null, word);
        return new Parsed(command, new Request(command.name(), bind(command.params(), tokens, k)), word);
    }

    static Map<String, String> bind(List<Param> params, List<String> tokens, Knowledge k) {
        Map<String, String> args = new HashMap<>();
        List<String> rest = new ArrayList<>(tokens);
        if (params.isEmpty() || rest.isEmpty()) return args;
        Param last = params.get(params.size() - 1);
        if (last.type() == Param.Type.LEVEL && Levels.parse(k, rest.get(rest.size() - 1)) != null) {
            args.put(last.name(), rest.remove(rest.size() - 1));
        }
        List<Param> names = params.stream().filter(p -> p.type().isName()).toList();
        Param text = params.stream()
                .filter(p -> p.type() == Param.Type.TEXT || p.type() == Param.Type.SECTION)
                .findFirst()
                .orElse(null);
        if (text != null && names.size() == 1 && text.type() == Param.Type.SECTION) {
            // "topic interview prep questions": the longest start that names an entry, then the part.
            NameIndex<?> index = index(k, names.get(0).type());
            int cut = rest.size();
            while (cut > 1 && index.exact(String.join(" ", rest.subList(0, cut))) == null) cut--;
            args.put(names.get(0).name(), String.join(" ", rest.subList(0, cut)));
            if (cut < rest.size()) args.put(text.name(), String.join(" ", rest.subList(cut, rest.size())));
            return args;
        }
        if (text != null) {
            args.put(text.name(), String.join(" ", rest));
            return args;
        }
        // Drop connector words at the edges: "switch from backend to serving".
        while (!rest.isEmpty() && CONNECTORS.contains(rest.get(0).toLowerCase(Locale.ROOT))) rest.remove(0);
        if (rest.isEmpty()) return args;
        if (names.size() == 1) {
            args.put(names.get(0).name(), String.join(" ", rest));
        } else if (names.size() == 2) {
            String[] pair = split(
                    rest, index(k, names.get(0).type()), index(k, names.get(1).type()));
            args.put(names.get(0).name(), pair[0]);
            if (!pair[1].isEmpty()) args.put(names.get(1).name(), pair[1]);
        }
        return args;
    }

    /**
     * The split of {@code words} into two names that resolves best; ties prefer a connector, then a
     * longer first name. Exact names are tried first: near-miss scoring costs an edit-distance search
     * per split, worth paying only when no split names both exactly.
     */
    static String[] split(List<String> words, NameIndex<?> first, NameIndex<?> second) {
        if (words.size() == 1) return new String[] {words.get(0), ""};
        String[] exact = bestSplit(words, first, second, false);
        if (exact != null) return exact;
        String[] best = bestSplit(words, first, second, true);
        return best != null ? best : new String[] {words.get(0), String.join(" ", words.subList(1, words.size()))};
    }

    /** The best split; without {@code fuzzy}, only a split where both names resolve exactly counts. */
    private static String @Nullable [] bestSplit(
            List<String> words, NameIndex<?> first, NameIndex<?> second, boolean fuzzy) {
        String[] best = null;
        int bestScore = -1;
        for (int i = 1; i < words.size(); i++) {
            List<String> left = new ArrayList<>(words.subList(0, i));
            List<String> right = new ArrayList<>(words.subList(i, words.size()));
            boolean connector = false;
            while (!left.isEmpty()
                    && CONNECTORS.contains(left.get(left.size() - 1).toLowerCase(Locale.ROOT))) {
                left.remove(left.size() - 1);
                connector = true;
            }
            while (!right.isEmpty() && CONNECTORS.contains(right.get(0).toLowerCase(Locale.ROOT))) {
                right.remove(0);
                connector = true;
            }
            if (left.isEmpty() || right.isEmpty()) continue;
            String l = String.join(" ", left);
            String r = String.join(" ", right);
            int score;
            if (fuzzy) {
                score = 4 * (score(first, l) + score(second, r)) + (connector ? 1 : 0);
            } else {
                if (first.exact(l) == null || second.exact(r) == null) continue;
                score = connector ? 1 : 0;
            }
            if (score >= bestScore) { // on a tie the longer first name wins: "applied llm" + "serving"
                bestScore = score;
                best = new String[] {l, r};
            }
        }
        return best;
    }

    private static int score(NameIndex<?> index, String name) {
        NameIndex.Resolution<?> r = index.resolve(name);
        if (r.found()) return 2;
        return r.suggestions().isEmpty() ? 0 : 1;
    }

    private static NameIndex<?> index(Knowledge k, Param.Type type) {
        return switch (type) {
            case PATH -> k.paths();
            case ORIGIN -> k.origins();
            case TOPIC -> k.topics();
            default -> k.specializations();
        };
    }
}

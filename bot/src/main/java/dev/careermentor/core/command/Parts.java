package dev.careermentor.core.command;

import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
import dev.careermentor.core.knowledge.NameIndex;
import dev.careermentor.core.knowledge.model.Section;
import dev.careermentor.core.text.Names;
import dev.careermentor.core.text.Similarity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Finds the sections of a topic a user asked for by a word or two of their heading. */
public final class Parts {
    private Parts() {}

    /** Sections whose heading contains every word typed (prefixes count), else near misses. */
    public static List<Section> matching(List<Section> sections, String part) {
        List<String> words =
                Arrays.stream(Names.normalize(part).split(" ")).map(Parts::root).toList();
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            List<String> heading = Arrays.asList(Names.normalize(s.heading()).split(" "));
            if (words.stream().allMatch(w -> heading.stream().anyMatch(h -> h.startsWith(w)))) out.add(s);
        }
        if (!out.isEmpty()) return out;
        for (Section s : sections) {
            for (String h : Names.normalize(s.heading()).split(" ", -1)) {
                boolean near = words.stream()
                        .anyMatch(w -> w.length() >= 4
                                && Similarity.distance(w, h, Similarity.tolerance(w.length()) - 1) < Integer.MAX_VALUE);
                if (near) {
                    out.add(s);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * {@link #matching(List, String)} against {@code english}'s headings, answered with the sections of
     * {@code shown} at the same places: the same sections in the answer's language; when no English heading
     * matches, {@code shown}'s own headings are tried.
     */
    public static List<Section> matching(List<Section> english, List<Section> shown, String part) {
        if (english == shown || english.size() != shown.size()) return matching(shown, part);
        List<Section> out = new ArrayList<>();
        for (Section s : matching(english, part)) out.add(shown.get(english.indexOf(s)));
        // A heading typed in the answer's language ("学历") finds its part too.
        return out.isEmpty() ? matching(shown, part) : out;
    }

    /** "certs" should find "Certifications": drop a plural s before prefix matching. */
    private static String root(String word) {
        return word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /** Autocomplete choices: "all" and the headings that match what is typed. */
    static List<NameIndex.Suggestion> suggest(List<Section> sections, String typed, int max, Lang lang) {
        List<NameIndex.Suggestion> out = new ArrayList<>();
        out.add(new NameIndex.Suggestion(Msg.get(lang, "cmd.parts.all"), "all"));
        List<Section> hits = typed == null || typed.isBlank() ? sections : matching(sections, typed);
        for (Section s : hits) {
            if (out.size() == max) break;
            out.add(new NameIndex.Suggestion(s.heading(), s.heading()));
        }
        return out;
    }
}

package dev.careermentor.core.knowledge;

import dev.careermentor.core.knowledge.yaml.Location;
import dev.careermentor.core.knowledge.yaml.Node;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Chinese translation ({@code zh.yaml}) laid over the English knowledge. Each item names an entry by
 * id and the version of its English text it translates, and gives only text fields, in the English
 * entry's shape (lists the same length and order). Laying it over gives a tree of the same shape as the
 * English one, so the Chinese knowledge is built and checked by the same code; a text field with no
 * translation keeps its English with {@link #MARKER} in front.
 *
 * <p>Mistakes in the file (a figure or id given a translation, a field the entry does not have, bad
 * structure) are problems like any in the knowledge. A translation made for an older English text, a list
 * whose length no longer matches, or an entry that no longer exists is a note: the English is shown there
 * (marked) until a translator looks, and the bot keeps working.
 */
public final class Translations {
    private Translations() {}

    public static final String FILE_NAME = "zh.yaml";
    public static final String LANGUAGE = "zh-CN";

    /** Put before English text shown where its Chinese translation is missing or out of date. */
    public static final String MARKER = "〔英文〕";

    /** Keys whose values are identifiers, references, dates or codes, never translated. */
    static final Set<String> NOT_TEXT = Set.of(
            "id",
            "aliases",
            "keywords",
            "source",
            "as_of",
            "stands_out",
            "suggests",
            "see",
            "skip_steps",
            "difficulty",
            "from",
            "to",
            "command",
            "region",
            "currency",
            "format",
            "ai_impact");

    /** Text shown on a button or as a name: falls back to English without the marker, which would crowd it. */
    private static final Set<String> UNMARKED = Set.of("name", "label");

    /** The top-level keys holding entries: a list of them, or a single one. */
    static final List<String> ENTRY_KEYS = List.of(
            "paths",
            "paths_advice",
            "specializations",
            "backgrounds",
            "switching",
            "role",
            "topics",
            "glossary",
            "quiz");

    /** Where an entry's translation stands. */
    public enum Status {
        CURRENT,
        /** Translated from an older English text: shown in English, marked, until checked. */
        STALE,
        MISSING
    }

    /**
     * The English tree with the translation laid over it, the problems in the translation file, notes for
     * moderators (out-of-date or orphaned translations), each entry's status by id, and the locations of the
     * translated texts (to tell the file's own length problems from the English ones).
     */
    public record Applied(
            Node root,
            List<Problem> problems,
            List<String> notes,
            Map<String, Status> status,
            Set<Location> translated,
            Map<String, String> versions) {}

    /** Lays {@code zh} (null when there is no file) over {@code english}; {@code file} names it in problems. */
    public static Applied apply(Node.MapNode english, @Nullable Node zh, String file) {
        List<Problem> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, Node.MapNode> items = new LinkedHashMap<>();
        Map<String, Location> itemAt = new LinkedHashMap<>();
        if (zh != null) read(zh, file, problems, items, itemAt);

        Map<String, Status> status = new LinkedHashMap<>();
        Map<String, String> versions = new LinkedHashMap<>();
        Set<Location> translated = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Map<String, Node.Entry> top = new LinkedHashMap<>();
        for (Node.Entry e : english.entries().values()) {
            Node value = e.value();
            if (ENTRY_KEYS.contains(e.key()) && value instanceof Node.ListNode list) {
                List<Node> out = new ArrayList<>();
                for (Node item : list.items()) {
                    out.add(entry(item, items, seen, status, versions, translated, file, problems, notes));
                }
                value = new Node.ListNode(list.location(), out);
            } else if (ENTRY_KEYS.contains(e.key()) && value instanceof Node.MapNode) {
                value = entry(value, items, seen, status, versions, translated, file, problems, notes);
            }
            top.put(e.key(), new Node.Entry(e.key(), e.keyLocation(), value));
        }
        for (Map.Entry<String, Location> item : itemAt.entrySet()) {
            if (!seen.contains(item.getKey())) {
                notes.add(file + ":" + item.getValue() + ": '" + item.getKey() + "' is not an entry of the English"
                        + " knowledge (removed or renamed?): delete this translation or give it the entry's new id.");
            }
        }
        List<String> missing = status.entrySet().stream()
                .filter(s -> s.getValue() == Status.MISSING)
                .map(Map.Entry::getKey)
                .toList();
        if (!missing.isEmpty()) {
            notes.add(missing.size() + " of " + status.size() + " entries have no Chinese translation in " + FILE_NAME
                    + " (shown in English, marked " + MARKER + "): " + String.join(", ", missing) + ".");
        }
        return new Applied(new Node.MapNode(english.location(), top), problems, notes, status, translated, versions);
    }

    private static void read(
            Node zh,
            String file,
            List<Problem> problems,
            Map<String, Node.MapNode> items,
            Map<String, Location> itemAt) {
        if (!(zh instanceof Node.MapNode root)) {
            problems.add(new Problem(
                    file, zh.location(), "the file should be a mapping with 'language' and 'translations'."));
            return;
        }
        for (Node.Entry e : root.entries().values()) {
            if (!e.key().equals("language") && !e.key().equals("translations")) {
                problems.add(new Problem(
                        file,
                        e.keyLocation(),
                        "'" + e.key() + "' is not a key of a translation file: it has 'language' and"
                                + " 'translations' only."));
            }
        }
        String language = root.text("language");
        if (!LANGUAGE.equals(language)) {
            problems.add(new Problem(
                    file,
                    root.at("language"),
                    "language: write \"" + LANGUAGE + "\" (Simplified Chinese, the only translation for now)."));
        }
        Node list = root.get("translations");
        if (!(list instanceof Node.ListNode translations)) {
            problems.add(
                    new Problem(file, root.at("translations"), "translations: a list, one item per translated entry."));
            return;
        }
        for (Node item : translations.items()) {
            if (!(item instanceof Node.MapNode m) || m.text("entry") == null || m.text("translates") == null) {
                problems.add(new Problem(
                        file,
                        item.location(),
                        "each translation starts with 'entry: <the entry's id>' and 'translates: <the version of"
                                + " its English text>' (java -jar career-mentor.jar translations lists them)."));
                continue;
            }
            String id = m.text("entry");
            if (items.putIfAbsent(id, m) != null) {
                problems.add(new Problem(
                        file, m.at("entry"), "'" + id + "' is translated twice: keep one of the two items."));
                continue;
            }
            itemAt.put(id, m.at("entry"));
        }
    }

    private static Node entry(
            Node english,
            Map<String, Node.MapNode> items,
            Set<String> seen,
            Map<String, Status> status,
            Map<String, String> versions,
            Set<Location> translated,
            String file,
            List<Problem> problems,
            List<String> notes) {
        if (!(english instanceof Node.MapNode en) || en.text("id") == null) return english;
        String id = en.text("id");
        versions.put(id, version(en));
        Node.MapNode item = items.get(id);
        if (item == null) {
            status.put(id, Status.MISSING);
            return overlay(en, null, "", file, id, problems, notes, translated, new boolean[1]);
        }
        seen.add(id);
        String now = version(en);
        boolean current = now.equals(item.text("translates"));
        Map<String, Node.Entry> fields = new LinkedHashMap<>(item.entries());
        fields.remove("entry");
        fields.remove("translates");
        Node.MapNode tr = new Node.MapNode(item.location(), fields);
        boolean[] shape = {true};
        Node out = current
                ? overlay(en, tr, "", file, id, problems, notes, translated, shape)
                : overlay(en, null, "", file, id, problems, notes, translated, shape);
        // Even when out of date, the file's own mistakes are reported.
        if (!current) check(en, tr, "", file, id, problems);
        if (!current) {
            notes.add(file + ":" + item.at("translates") + ": the English of '" + id + "' changed since it was"
                    + " translated (translates " + item.text("translates") + ", now " + now + "): it is shown in"
                    + " English until someone checks the Chinese and sets translates: \"" + now + "\".");
        }
        status.put(id, current && shape[0] ? Status.CURRENT : Status.STALE);
        return out;
    }

    /**
     * The English node with the translation's text laid over it; English text with no translation is
     * marked. Problems for translations of non-text fields and fields the English does not have; notes
     * (and English) for lists whose length differs.
     */
    private static Node overlay(
            Node en,
            @Nullable Node tr,
            String key,
            String file,
            String id,
            List<Problem> problems,
            List<String> notes,
            Set<Location> translated,
            boolean[] shape) {
        if (en instanceof Node.Scalar s) {
            boolean text = s.kind() == Node.Scalar.Kind.STRING && !NOT_TEXT.contains(key);
            if (!text) {
                if (tr != null) problems.add(notText(file, tr, key, id));
                return en;
            }
            if (tr instanceof Node.Scalar t && t.kind() == Node.Scalar.Kind.STRING) {
                translated.add(t.location());
                return new Node.Scalar(t.location(), Node.Scalar.Kind.STRING, t.text());
            }
            if (tr != null) {
                problems.add(new Problem(
                        file, tr.location(), id + "." + key + ": the English is one text, so write one text here."));
            }
            return UNMARKED.contains(key) ? en : new Node.Scalar(s.location(), s.kind(), MARKER + s.text());
        }
        if (en instanceof Node.ListNode list) {
            if (NOT_TEXT.contains(key)) {
                if (tr != null) problems.add(notText(file, tr, key, id));
                return en;
            }
            List<Node> items = list.items();
            Node.ListNode t = null;
            if (tr instanceof Node.ListNode tl) {
                if (tl.items().size() == items.size()) {
                    t = tl;
                } else {
                    shape[0] = false;
                    notes.add(file + ":" + tl.location() + ": " + id + "." + key + " has "
                            + tl.items().size()
                            + " items and the English " + items.size() + ": the English is shown until the lists"
                            + " match again.");
                }
            } else if (tr != null) {
                problems.add(new Problem(
                        file, tr.location(), id + "." + key + ": the English is a list, so write a list here."));
            }
            List<Node> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                out.add(overlay(
                        items.get(i),
                        t == null ? null : t.items().get(i),
                        key,
                        file,
                        id,
                        problems,
                        notes,
                        translated,
                        shape));
            }
            return new Node.ListNode(list.location(), out);
        }
        Node.MapNode map = (Node.MapNode) en;
        Node.MapNode t = null;
        if (tr instanceof Node.MapNode tm) {
            t = tm;
            for (Node.Entry e : tm.entries().values()) {
                if (map.get(e.key()) == null) {
                    problems.add(new Problem(
                            file,
                            e.keyLocation(),
                            id + ": '" + e.key() + "' is not a field of this part of the English entry: check the"
                                    + " spelling and the indentation."));
                }
            }
        } else if (tr != null) {
            problems.add(new Problem(
                    file, tr.location(), id + "." + key + ": the English has fields here, so write a mapping."));
        }
        Map<String, Node.Entry> out = new LinkedHashMap<>();
        for (Node.Entry e : map.entries().values()) {
            Node sub = t == null ? null : t.get(e.key());
            out.put(
                    e.key(),
                    new Node.Entry(
                            e.key(),
                            e.keyLocation(),
                            overlay(e.value(), sub, e.key(), file, id, problems, notes, translated, shape)));
        }
        return new Node.MapNode(map.location(), out);
    }

    /** The translation file's own mistakes, for an out-of-date translation that is not laid over. */
    private static void check(Node en, Node tr, String key, String file, String id, List<Problem> problems) {
        overlay(en, tr, key, file, id, problems, new ArrayList<>(), new HashSet<>(), new boolean[1]);
    }

    private static Problem notText(String file, Node tr, String key, String id) {
        return new Problem(
                file,
                tr.location(),
                id + "." + key + " is not translated: only text is (ids, names of sources, dates, figures and"
                        + " references stay as in the English). Delete it here.");
    }

    /**
     * The version of an entry's English text: the first 8 hex digits of a SHA-256 over its text fields in
     * order. Changing an alias, a figure or a date leaves it alone; rewording any text changes it.
     */
    public static String version(Node.MapNode entry) {
        StringBuilder sb = new StringBuilder();
        texts(entry, "", "", sb);
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static void texts(Node n, String key, String path, StringBuilder sb) {
        if (n instanceof Node.Scalar s) {
            if (s.kind() == Node.Scalar.Kind.STRING && !NOT_TEXT.contains(key)) {
                sb.append(path).append('=').append(s.text()).append('\n');
            }
        } else if (n instanceof Node.ListNode l) {
            if (NOT_TEXT.contains(key)) return;
            for (int i = 0; i < l.items().size(); i++) texts(l.items().get(i), key, path + "[" + i + "]", sb);
        } else if (n instanceof Node.MapNode m) {
            for (Node.Entry e : m.entries().values()) texts(e.value(), e.key(), path + "." + e.key(), sb);
        }
    }
}

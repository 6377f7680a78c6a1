package dev.careermentor.core.knowledge;

import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.knowledge.model.Background;
import dev.careermentor.core.knowledge.model.CareerPath;
import dev.careermentor.core.knowledge.model.Entry;
import dev.careermentor.core.knowledge.model.KnowledgeData;
import dev.careermentor.core.knowledge.model.Quiz;
import dev.careermentor.core.knowledge.model.Source;
import dev.careermentor.core.knowledge.model.Specialization;
import dev.careermentor.core.knowledge.model.Topic;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One loaded, validated version of the knowledge with its lookup indexes. Immutable: a reload builds
 * a new instance and swaps it in whole, and each answer reads one instance from start to end, so no
 * answer can mix two versions.
 */
public final class Knowledge {
    private final KnowledgeData data;
    private final String contentHash;
    private final String quizTag;
    private final Instant loadedAt;
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final NameIndex<Specialization> specializations;
    private final NameIndex<CareerPath> paths;
    private final NameIndex<Background> backgrounds;
    private final NameIndex<Entry> origins;
    private final NameIndex<Topic> topics;

    private final java.util.concurrent.ConcurrentHashMap<Class<?>, Object> derived =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final Lang lang;
    private final Knowledge english;
    private final Knowledge chinese;
    private final List<String> translationNotes;
    private final Map<String, Translations.Status> translationStatus;
    private final Map<String, String> englishVersions;

    public Knowledge(KnowledgeData data, byte[] content, Instant loadedAt) {
        this(data, content, loadedAt, null, List.of(), Map.of(), Map.of());
    }

    /**
     * @param zh the same knowledge with its text in Chinese (untranslated text in English, marked); null
     *     for none, when Chinese answers use the English as it is
     * @param translationNotes what moderators should know about the translation (out of date, missing)
     * @param translationStatus each entry's translation status, by id
     */
    public Knowledge(
            KnowledgeData data,
            byte[] content,
            Instant loadedAt,
            @Nullable KnowledgeData zh,
            List<String> translationNotes,
            Map<String, Translations.Status> translationStatus,
            Map<String, String> englishVersions) {
        this.data = data;
        this.contentHash = HexFormat.of().formatHex(sha256(content));
        this.quizTag = quizTag(data.quiz());
        this.loadedAt = loadedAt;
        this.lang = Lang.EN;
        this.english = this;
        this.translationNotes = List.copyOf(translationNotes);
        this.translationStatus = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(translationStatus));
        this.englishVersions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(englishVersions));
        this.specializations = new NameIndex<>(data.specializations());
        this.paths = new NameIndex<>(data.paths());
        this.backgrounds = new NameIndex<>(data.backgrounds());
        List<Entry> origins = new ArrayList<>(data.specializations());
        origins.addAll(data.backgrounds());
        this.origins = new NameIndex<>(origins);
        this.topics = new NameIndex<>(data.allTopics());
        for (Source s : data.sources()) sources.put(s.id(), s);
        this.chinese = zh == null ? this : new Knowledge(zh, this);
    }

    /** The Chinese face of {@code english}: same version, ids, figures and quiz tag; text in Chinese. */
    private Knowledge(KnowledgeData zh, Knowledge english) {
        this.data = zh;
        this.contentHash = english.contentHash;
        this.quizTag = english.quizTag;
        this.loadedAt = english.loadedAt;
        this.lang = Lang.ZH;
        this.english = english;
        this.chinese = this;
        this.translationNotes = english.translationNotes;
        this.translationStatus = english.translationStatus;
        this.englishVersions = english.englishVersions;
        for (Source s : zh.sources()) sources.put(s.id(), s);
        this.specializations = new NameIndex<>(zh.specializations());
        this.paths = new NameIndex<>(zh.paths());
        this.backgrounds = new NameIndex<>(zh.backgrounds());
        List<Entry> origins = new ArrayList<>(zh.specializations());
        origins.addAll(zh.backgrounds());
        this.origins = new NameIndex<>(origins);
        this.topics = new NameIndex<>(zh.allTopics());
    }

    /** This version of the knowledge in {@code lang}: ids, figures and structure are the same in each. */
    public Knowledge in(Lang lang) {
        return lang == Lang.ZH ? english.chinese : english;
    }

    /** The language of this face of the knowledge. */
    public Lang lang() {
        return lang;
    }

    /** True when a Chinese translation file was loaded with it (entries may still be missing). */
    public boolean translated() {
        return english.chinese != english;
    }

    /** Out-of-date, missing or orphaned translations, for validate, stale and status. */
    public List<String> translationNotes() {
        return translationNotes;
    }

    /** Each entry's translation status, by id, in file order. */
    public Map<String, Translations.Status> translationStatus() {
        return translationStatus;
    }

    /** The version of each entry's English text (what a translation's {@code translates:} names), by id. */
    public Map<String, String> englishVersions() {
        return englishVersions;
    }

    public KnowledgeData data() {
        return data;
    }

    /** SHA-256 of the file bytes, hex: the version moderators see. */
    public String contentHash() {
        return contentHash;
    }

    /** The first 12 hex digits of the content hash. */
    public String version() {
        return contentHash.substring(0, 12);
    }

    /**
     * A short tag of what scoring depends on (question ids, option counts, weights). Quiz buttons carry
     * it, so a reload that rewords a question keeps quizzes alive, but one that changes scoring does not.
     */
    public String quizTag() {
        return quizTag;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    /** The source with this id; every id an entry cites is checked to exist when the knowledge loads. */
    public Source source(String id) {
        Source s = sources.get(id);
        if (s == null) throw new IllegalArgumentException("no source '" + id + "' in knowledge " + version());
        return s;
    }

    public NameIndex<Specialization> specializations() {
        return specializations;
    }

    public NameIndex<CareerPath> paths() {
        return paths;
    }

    public NameIndex<Background> backgrounds() {
        return backgrounds;
    }

    /** Specializations and backgrounds together: where a switch can start. */
    public NameIndex<Entry> origins() {
        return origins;
    }

    /**
     * Something built from this version of the knowledge once and kept with it (the understanding's
     * indexes), so a reload builds it anew and no answer mixes versions.
     */
    public <T> T derived(Class<T> type, java.util.function.Function<Knowledge, T> build) {
        return type.cast(derived.computeIfAbsent(type, t -> build.apply(this)));
    }

    /** How many passages questions are answered from: every section, list and paragraph of every entry. */
    public int passages() {
        int n = 0;
        for (Entry e : data.entries()) n += e.passages().size();
        return n;
    }

    public Quiz quiz() {
        return data.quiz();
    }

    /** The prose topics a user can open by name, in file order. */
    public NameIndex<Topic> topics() {
        return topics;
    }

    private static String quizTag(Quiz quiz) {
        StringBuilder canonical = new StringBuilder();
        for (Quiz.Question q : quiz.questions()) {
            canonical.append(q.id()).append('{');
            for (Quiz.Option o : q.options()) {
                canonical.append(o.weights()).append(';');
            }
            canonical.append('}');
        }
        byte[] hash = sha256(canonical.toString().getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 6);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package dev.careermentor.core.i18n;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careermentor.core.User;
import dev.careermentor.core.io.DataFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which language each answer is written in. A question typed in Chinese is answered in Chinese whatever
 * else holds; otherwise the language the user chose ({@code lang zh}, kept across restarts in the data
 * folder), then the platform's hint for the request (Discord sends the user's locale), then the process's
 * default (the terminal's {@code --lang} or {@code LANG}). A choice beats the hint: it is what the person
 * said, where the locale is only how their client is set up, and {@code /mentor lang en} must work for
 * someone whose Discord runs in Chinese.
 */
public final class Languages {
    private static final Logger log = LoggerFactory.getLogger(Languages.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Lang defaultLang;
    private final @Nullable Path file;
    private final Map<String, Lang> chosen = new ConcurrentHashMap<>();

    /** @param file where choices are kept across restarts; null keeps them in memory only */
    public Languages(Lang defaultLang, @Nullable Path file) {
        this.defaultLang = defaultLang;
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try {
                Map<String, String> saved = JSON.readValue(file.toFile(), new TypeReference<Map<String, String>>() {});
                saved.forEach((user, code) -> Lang.of(code).ifPresent(l -> chosen.put(user, l)));
            } catch (IOException | RuntimeException e) {
                log.warn("cannot read the language choices in {}: starting with none ({})", file, e.toString());
            }
        }
    }

    /** English for everyone, nothing kept. */
    public static Languages english() {
        return new Languages(Lang.EN, null);
    }

    public Lang defaultLang() {
        return defaultLang;
    }

    /** The language to answer {@code user} in, for a request with {@code text} (may be empty) and a hint. */
    public Lang of(User user, @Nullable Lang hint, String text) {
        if (Lang.looksChinese(text)) return Lang.ZH;
        Lang choice = chosen.get(key(user));
        if (choice != null) return choice;
        return hint != null ? hint : defaultLang;
    }

    public Optional<Lang> chosen(User user) {
        return Optional.ofNullable(chosen.get(key(user)));
    }

    /** Where choices are kept across restarts; empty when they are kept in memory only. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /**
     * Remembers {@code user}'s choice, on disk when there is a file; throws when it cannot be written (the
     * choice then holds until the process stops).
     */
    public synchronized void choose(User user, Lang lang) throws IOException {
        chosen.put(key(user), lang);
        if (file != null) save(file);
    }

    /**
     * Forgets {@code user}'s choice, so the platform's hint or the default applies again (the terminal's
     * {@code --lang} says what this run speaks); throws when the file cannot be written.
     */
    public synchronized void forget(User user) throws IOException {
        if (chosen.remove(key(user)) == null || file == null) return;
        save(file);
    }

    private void save(Path to) throws IOException {
        Map<String, String> all = new TreeMap<>();
        chosen.forEach((u, l) -> all.put(u, l.code()));
        DataFiles.replace(to, JSON.writeValueAsString(all));
    }

    private static String key(User user) {
        return user.surface().name() + "|" + user.workspace() + "|" + user.id();
    }
}

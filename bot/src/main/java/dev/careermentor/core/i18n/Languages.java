package dev.careermentor.core.i18n;

import dev.careermentor.core.User;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Which language each answer is written in. A question typed in Chinese is answered in Chinese whatever
 * else holds; otherwise the language the user chose ({@code lang zh}, kept across restarts in the bot's
 * database, so every copy of the bot knows it), then the platform's hint for the request (Discord sends
 * the user's locale), then the process's default (the terminal's {@code --lang} or {@code LANG}). A choice
 * beats the hint: it is what the person said, where the locale is only how their client is set up, and
 * {@code /mentor lang en} must work for someone whose Discord runs in Chinese.
 */
public final class Languages {

    /** Where choices are kept, by user key (surface, workspace and user id). */
    public interface Choices {
        /** The user's choice; empty when none (or when it cannot be read now: the hint then applies). */
        Optional<Lang> get(String userKey);

        /** Keeps a choice; throws when it could not be kept. */
        void put(String userKey, Lang lang) throws IOException;

        /** Forgets a choice; throws when it could not be forgotten. */
        void remove(String userKey) throws IOException;

        /** Choices in this process's memory only. */
        static Choices inMemory() {
            Map<String, Lang> chosen = new ConcurrentHashMap<>();
            return new Choices() {
                @Override
                public Optional<Lang> get(String userKey) {
                    return Optional.ofNullable(chosen.get(userKey));
                }

                @Override
                public void put(String userKey, Lang lang) {
                    chosen.put(userKey, lang);
                }

                @Override
                public void remove(String userKey) {
                    chosen.remove(userKey);
                }
            };
        }
    }

    private final Lang defaultLang;
    private final Choices chosen;

    public Languages(Lang defaultLang, Choices chosen) {
        this.defaultLang = defaultLang;
        this.chosen = chosen;
    }

    /** English for everyone, choices kept in memory only. */
    public static Languages english() {
        return new Languages(Lang.EN, Choices.inMemory());
    }

    public Lang defaultLang() {
        return defaultLang;
    }

    /** The language to answer {@code user} in, for a request with {@code text} (may be empty) and a hint. */
    public Lang of(User user, @Nullable Lang hint, String text) {
        if (Lang.looksChinese(text)) return Lang.ZH;
        Optional<Lang> choice = chosen.get(key(user));
        if (choice.isPresent()) return choice.get();
        return hint != null ? hint : defaultLang;
    }

    public Optional<Lang> chosen(User user) {
        return chosen.get(key(user));
    }

    /** Remembers {@code user}'s choice; throws when it cannot be kept (the answer then says so). */
    public void choose(User user, Lang lang) throws IOException {
        chosen.put(key(user), lang);
    }

    /**
     * Forgets {@code user}'s choice, so the platform's hint or the default applies again (the terminal's
     * {@code --lang} says what this run speaks); throws when it cannot be forgotten.
     */
    public void forget(User user) throws IOException {
        chosen.remove(key(user));
    }

    /** The key a user's choice is kept under: surface, workspace and user id. */
    public static String key(User user) {
        return user.surface().name() + "|" + user.workspace() + "|" + user.id();
    }
}

package dev.careermentor.core.i18n;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Looks up a sentence in the message catalog of a language and fills in its arguments
 * ({@code messages_en.properties}, {@code messages_zh.properties}; java.text.MessageFormat syntax, so a
 * literal quote is written twice). A key missing from a language falls back to English.
 */
public final class Msg {
    private static final Map<Lang, ResourceBundle> BUNDLES = new EnumMap<>(Lang.class);

    static {
        for (Lang lang : Lang.values()) {
            BUNDLES.put(lang, ResourceBundle.getBundle("messages", lang.locale(), new ResourceBundle.Control() {
                @Override
                public java.util.List<java.util.Locale> getCandidateLocales(String name, java.util.Locale locale) {
                    // zh_CN reads messages_zh: the language's own file, then the English of the root file.
                    java.util.Locale language = java.util.Locale.forLanguageTag(locale.getLanguage());
                    return language.equals(locale)
                            ? java.util.List.of(locale, java.util.Locale.ROOT)
                            : java.util.List.of(locale, language, java.util.Locale.ROOT);
                }
            }));
        }
    }

    private Msg() {}

    /** The sentence {@code key} in {@code lang} with {@code args} filled in. */
    public static String get(Lang lang, String key, Object... args) {
        String pattern = pattern(lang, key);
        if (args.length == 0) return pattern.replace("''", "'");
        return new MessageFormat(pattern, lang.locale()).format(args);
    }

    /** The raw pattern, for tests that compare catalogs. */
    static String pattern(Lang lang, String key) {
        try {
            return bundle(lang).getString(key);
        } catch (MissingResourceException e) {
            try {
                return bundle(Lang.EN).getString(key);
            } catch (MissingResourceException none) {
                throw new IllegalArgumentException("no message '" + key + "' in the catalog", none);
            }
        }
    }

    /** The bundle of a language, for tests that compare catalogs. */
    static ResourceBundle bundle(Lang lang) {
        return java.util.Objects.requireNonNull(BUNDLES.get(lang), "every language has a bundle");
    }
}

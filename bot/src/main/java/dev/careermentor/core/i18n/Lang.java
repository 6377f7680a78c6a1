package dev.careermentor.core.i18n;

import java.util.Locale;

/** The languages replies are written in. */
public enum Lang {
    EN(Locale.ENGLISH),
    ZH(Locale.SIMPLIFIED_CHINESE);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** "en" or "zh". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The language of a locale or language tag as platforms and environments give them: {@code zh-CN},
     * {@code zh_TW.UTF-8}, {@code en-US}, {@code zh}, {@code C}. Any Chinese is Simplified Chinese (see
     * {@link #traditional}); anything else unknown is empty.
     */
    public static java.util.Optional<Lang> of(@org.jspecify.annotations.Nullable String tag) {
        if (tag == null) return java.util.Optional.empty();
        String t = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dot = t.indexOf('.');
        if (dot >= 0) t = t.substring(0, dot);
        if (t.equals("zh") || t.startsWith("zh-") || t.equals("chinese") || t.equals("中文")) {
            return java.util.Optional.of(ZH);
        }
        if (t.equals("en") || t.startsWith("en-") || t.equals("english") || t.equals("c") || t.equals("posix")) {
            return java.util.Optional.of(EN);
        }
        return java.util.Optional.empty();
    }

    /** True for Traditional-Chinese tags (zh-TW, zh-HK, zh-Hant...), answered in Simplified Chinese. */
    public static boolean traditional(String tag) {
        String t = tag.toLowerCase(Locale.ROOT).replace('_', '-');
        return t.startsWith("zh-tw") || t.startsWith("zh-hk") || t.startsWith("zh-mo") || t.contains("hant");
    }

    /**
     * True when {@code text} is written in Chinese: more than 30% of its letters are Han characters (as
     * the understanding decides a question's language, so "salary mlops 多少" is Chinese).
     */
    public static boolean looksChinese(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters == 0) return false;
        long han = text.codePoints()
                .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                .count();
        return han * 10 > letters * 3;
    }
}

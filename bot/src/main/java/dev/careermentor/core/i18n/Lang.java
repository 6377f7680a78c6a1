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
     * True when {@code text} is written in Chinese: Han characters are more than 30% of its letters, names
     * in Latin script aside ({@link #hanShare}), so "devops 转 MLOps 容易吗" and "TensorFlow 和 PyTorch 学哪个"
     * are Chinese, and a question with no Han character never is.
     */
    public static boolean looksChinese(CharSequence text) {
        return hanShare(text) > 0.3;
    }

    /**
     * The share of Han characters among the letters of {@code text}, where names in Latin script do not
     * count: a Latin word with a capital letter or a digit in it (RAG, MLOps, PyTorch, vLLM, FAANG, K8s)
     * reads the same in a Chinese text as in an English one. Every other Latin letter counts against the
     * share; digits, figures and punctuation are no letters. 0 for a text with no letters left.
     */
    public static double hanShare(CharSequence text) {
        long han = text.codePoints()
                .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                .count();
        long latin = 0;
        java.util.regex.Matcher word = LATIN_WORD.matcher(text);
        while (word.find()) {
            String w = word.group();
            boolean name = !w.equals(w.toLowerCase(Locale.ROOT)) || w.chars().anyMatch(Character::isDigit);
            if (!name) latin += w.chars().filter(Character::isLetter).count();
        }
        long other = text.codePoints()
                .filter(cp -> Character.isLetter(cp)
                        && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN
                        && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN)
                .count();
        long letters = han + latin + other;
        return letters == 0 ? 0 : (double) han / letters;
    }

    /** A word in Latin script, with the digits and inner hyphens or apostrophes it holds ("k8s", "don't"). */
    private static final java.util.regex.Pattern LATIN_WORD =
            java.util.regex.Pattern.compile("[\\p{IsLatin}0-9]+(?:['\u2019-][\\p{IsLatin}0-9]+)*");
}

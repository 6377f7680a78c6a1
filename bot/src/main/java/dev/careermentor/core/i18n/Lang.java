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
}

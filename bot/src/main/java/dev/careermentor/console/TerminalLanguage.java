package dev.careermentor.console;

import dev.careermentor.core.command.LangCommand;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The terminal's language: {@code --lang zh|en} on the command line, else the locale variables as POSIX
 * reads them ({@code LC_ALL}, then {@code LC_MESSAGES}, then {@code LANG}; {@code zh_CN.UTF-8} is Chinese,
 * {@code C} and {@code en_US} English), else English.
 *
 * @param flag true when {@code --lang} set it: the run then speaks it even over a choice saved earlier
 * @param setBy what set it, as shown: "--lang zh", "LANG=zh_CN.UTF-8"; empty for the default
 * @param notes lines to show once: Traditional Chinese answered in Simplified, a locale not understood
 */
public record TerminalLanguage(Lang lang, boolean flag, String setBy, List<String> notes) {
    /** The variables that name the language of messages, strongest first. */
    static final List<String> VARIABLES = List.of("LC_ALL", "LC_MESSAGES", "LANG");

    public TerminalLanguage {
        notes = List.copyOf(notes);
    }

    /** Thrown for a {@code --lang} this bot does not answer in. */
    public static final class UnknownLanguage extends Exception {
        private static final long serialVersionUID = 1L;

        UnknownLanguage(String message) {
            super(message);
        }
    }

    /**
     * @param flag the value of {@code --lang}, or null when it was not given
     * @throws UnknownLanguage when {@code flag} names no language answered here
     */
    public static TerminalLanguage of(@Nullable String flag, Map<String, String> env) throws UnknownLanguage {
        if (flag != null) {
            Optional<Lang> lang = LangCommand.parse(flag);
            if (lang.isEmpty()) {
                throw new UnknownLanguage("Unknown language '" + flag + "' for --lang: use --lang zh (中文, Simplified "
                        + "Chinese) or --lang en (English).");
            }
            return new TerminalLanguage(lang.get(), true, "--lang " + flag, notes(lang.get(), flag, "--lang " + flag));
        }
        for (String name : VARIABLES) {
            String value = env.get(name);
            if (value == null || value.isBlank()) continue;
            String setBy = name + "=" + value.strip();
            // C and POSIX (a container's or a script's default) choose no language: English, and no note.
            String base = value.strip().split("\\.", -1)[0];
            if (base.equalsIgnoreCase("C") || base.equalsIgnoreCase("POSIX")) {
                return new TerminalLanguage(Lang.EN, false, "", List.of());
            }
            Optional<Lang> lang = Lang.of(value);
            if (lang.isEmpty()) {
                return new TerminalLanguage(
                        Lang.EN,
                        false,
                        "",
                        List.of("Answering in English: " + setBy + " is not a language I answer in (--lang zh gives "
                                + "中文, Simplified Chinese)."));
            }
            return new TerminalLanguage(lang.get(), false, setBy, notes(lang.get(), value, setBy));
        }
        return new TerminalLanguage(Lang.EN, false, "", List.of());
    }

    private static List<String> notes(Lang lang, String tag, String setBy) {
        List<String> notes = new ArrayList<>();
        if (lang == Lang.ZH && Lang.traditional(tag)) {
            notes.add("Traditional Chinese (" + setBy + ") is answered in Simplified Chinese.");
        }
        return notes;
    }

    /** The language's own name: "English", "中文". */
    public static String name(Lang lang) {
        return Msg.get(lang, "lang.self");
    }
}

package dev.careermentor.core.command;

import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Languages;
import dev.careermentor.core.i18n.Msg;
import dev.careermentor.core.knowledge.NameIndex;
import dev.careermentor.core.reply.Reply;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code lang zh} / {@code lang en}: the language this user is answered in from now on, kept across
 * restarts where the process has a data folder. Slack sends no locale, so this is how Slack users get
 * Chinese; it works the same in the terminal and on Discord. {@code lang} alone says which language is
 * in use and how to change it.
 */
public final class LangCommand implements Command, FixedChoices {
    private static final Logger log = LoggerFactory.getLogger(LangCommand.class);

    public static final String NAME = "lang";
    public static final String PARAM = "language";

    /** Words for a language besides what {@link Lang#of} reads (en, zh, zh-CN, english, chinese, 中文). */
    private static final Map<String, Lang> WORDS = Map.of(
            "cn", Lang.ZH,
            "汉语", Lang.ZH,
            "简体", Lang.ZH,
            "简体中文", Lang.ZH,
            "普通话", Lang.ZH,
            "英文", Lang.EN,
            "英语", Lang.EN);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> aliases() {
        return List.of("language");
    }

    @Override
    public String summary() {
        return summary(dev.careermentor.core.i18n.Lang.EN);
    }

    @Override
    public List<Param> params() {
        return List.of(param(PARAM, Param.Type.TEXT, false));
    }

    @Override
    public String usage() {
        return NAME + " [zh|en]";
    }

    @Override
    public List<NameIndex.Suggestion> choices(String param) {
        if (!param.equals(PARAM)) return List.of();
        return List.of(new NameIndex.Suggestion("中文 (zh)", "zh"), new NameIndex.Suggestion("English (en)", "en"));
    }

    /** The language a word names ("zh", "zh-TW", "中文", "english"), if any. */
    public static Optional<Lang> parse(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        Lang named = WORDS.get(w);
        return named != null ? Optional.of(named) : Lang.of(w);
    }

    @Override
    public Reply run(CommandContext ctx, Request request) {
        User user = ctx.user();
        Languages languages = ctx.languages();
        String asked = request.arg(PARAM);
        if (asked == null) return current(ctx.knowledge().lang(), user, languages);
        Optional<Lang> parsed = parse(asked);
        if (parsed.isEmpty()) {
            Lang lang = ctx.knowledge().lang();
            return Reply.error(
                    Msg.get(lang, "lang.unknown.title"),
                    Msg.get(lang, "lang.unknown", shorten(asked), cmd(user, "lang zh"), cmd(user, "lang en")));
        }
        Lang lang = parsed.get();
        // The confirmation is in the new language: it is the first thing said in it.
        StringBuilder text = new StringBuilder(Msg.get(lang, "lang.set"));
        if (lang == Lang.ZH && Lang.traditional(asked)) text.append(' ').append(Msg.get(lang, "lang.traditional"));
        try {
            languages.choose(user, lang);
        } catch (IOException | RuntimeException e) {
            log.error("cannot keep the language choice of {} on {}: {}", user.id(), user.surface(), e.toString());
            text.append(' ').append(Msg.get(lang, "lang.unsaved"));
        }
        text.append(' ').append(Msg.get(lang, "lang.how", cmd(user, "lang zh"), cmd(user, "lang en")));
        return Reply.notice(Msg.get(lang, "lang.set.title"), text.toString());
    }

    private static Reply current(Lang lang, User user, Languages languages) {
        Optional<Lang> chosen = languages.chosen(user);
        String self = Msg.get(lang, "lang.self");
        String now = chosen.isPresent() ? Msg.get(lang, "lang.chosen", self) : Msg.get(lang, "lang.auto", self);
        return Reply.notice(
                Msg.get(lang, "lang.title"),
                now + " " + Msg.get(lang, "lang.how", cmd(user, "lang zh"), cmd(user, "lang en")));
    }

    private static String cmd(User user, String command) {
        Surface s = user.surface();
        return s.command(command);
    }

    private static String shorten(String word) {
        return word.length() > 20 ? word.substring(0, 20) + "\u2026" : word;
    }
}

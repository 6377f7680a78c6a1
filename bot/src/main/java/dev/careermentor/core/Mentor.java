package dev.careermentor.core;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.careermentor.core.admin.AdminCommand;
import dev.careermentor.core.command.Command;
import dev.careermentor.core.command.FixedChoices;
import dev.careermentor.core.command.Param;
import dev.careermentor.core.command.Request;
import dev.careermentor.core.command.Sectioned;
import dev.careermentor.core.command.TopicCommand;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Languages;
import dev.careermentor.core.i18n.Msg;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.NameIndex;
import dev.careermentor.core.knowledge.model.Topic;
import dev.careermentor.core.metrics.Telemetry;
import dev.careermentor.core.moderation.Moderation;
import dev.careermentor.core.quiz.QuizFlow;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.session.Cooldowns;
import dev.careermentor.core.session.KeyStore;
import dev.careermentor.core.session.RecentKeys;
import dev.careermentor.core.stats.UsageRecorder;
import dev.careermentor.core.text.Input;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point every surface calls: text, a structured request, or a button click in; a
 * {@link Reply} out. Never throws for anything a user can send. Every answer is timed and counted,
 * and people over their budget get a short "slow down" instead of an answer.
 */
public final class Mentor {
    private static final Logger log = LoggerFactory.getLogger(Mentor.class);

    /**
     * What a Mentor may use beyond its commands.
     *
     * @param moderation reloads, audit and reports; empty where this process has no knowledge folder to
     *     manage (moderator commands then say so, and answers carry no "Outdated?" button)
     * @param cooldowns per-user budgets; {@link Cooldowns#unlimited()} for none
     * @param ticker times each answer for the latency metric; the process's, never read here otherwise
     */
    public record Options(
            Optional<Moderation> moderation,
            List<AdminCommand> adminCommands,
            Telemetry telemetry,
            Cooldowns cooldowns,
            UsageRecorder usage,
            Ticker ticker,
            Languages languages) {
        /** Nothing measured, counted or limited: time stands still (no latency is recorded anyway). */
        public static final Options NONE = new Options(
                Optional.empty(),
                List.of(),
                Telemetry.noop(),
                Cooldowns.unlimited(),
                UsageRecorder.NONE,
                Ticker.disabledTicker(),
                Languages.english());

        /** English unless a question is typed in Chinese; choices kept in memory only. */
        public Options(
                Optional<Moderation> moderation,
                List<AdminCommand> adminCommands,
                Telemetry telemetry,
                Cooldowns cooldowns,
                UsageRecorder usage,
                Ticker ticker) {
            this(moderation, adminCommands, telemetry, cooldowns, usage, ticker, Languages.english());
        }
    }

    private final Supplier<Knowledge> knowledge;
    private final Answerer answerer;
    private final Clicks clicks;
    private final AdminDesk admin;
    private final Telemetry telemetry;
    private final Cooldowns cooldowns;
    private final Ticker ticker;
    private final Languages languages;
    private final KeyStore keys;

    /** How long a Share click is remembered: a double click or a retry within it posts once. */
    public static final Duration SHARE_WINDOW = Duration.ofMinutes(10);

    /**
     * @param knowledge the live knowledge; read once per request
     * @param keys where recent keys are kept (Share clicks here, deliveries in the adapters): the database,
     *     so every copy of the bot sees them
     */
    public Mentor(
            Supplier<Knowledge> knowledge, List<Command> commands, QuizFlow quiz, KeyStore keys, Options options) {
        this.keys = keys;
        RecentKeys shares = keys.recent("share", SHARE_WINDOW);
        this.knowledge = knowledge;
        Decorations decorations = new Decorations(options.moderation().isPresent());
        this.languages = options.languages();
        this.answerer = new Answerer(commands, quiz, options.usage(), decorations, languages);
        this.clicks = new Clicks(answerer, quiz, shares, options.moderation(), decorations);
        this.admin = new AdminDesk(options.moderation(), options.adminCommands());
        this.telemetry = options.telemetry();
        this.cooldowns = options.cooldowns();
        this.ticker = options.ticker();
    }

    public Mentor(Supplier<Knowledge> knowledge, List<Command> commands, QuizFlow quiz, KeyStore keys) {
        this(knowledge, commands, quiz, keys, Options.NONE);
    }

    /**
     * Where recent keys are kept; adapters remember deliveries here, so a platform's retry that reaches
     * another copy of the bot is still recognised.
     */
    public KeyStore keys() {
        return keys;
    }

    public List<Command> commands() {
        return answerer.commands();
    }

    public List<AdminCommand> adminCommands() {
        return admin.commands();
    }

    public Knowledge knowledge() {
        return knowledge.get();
    }

    /** Where adapters count what they refuse before the core sees it, such as bad signatures. */
    public Telemetry telemetry() {
        return telemetry;
    }

    /** A line of text as typed after /mentor (or in the terminal). */
    public Reply handleText(User user, String raw) {
        return handleText(user, null, raw);
    }

    /**
     * A line of text, with the platform's hint of the user's language ({@code null} for none; see {@link
     * Languages} for how the language is chosen).
     */
    public Reply handleText(User user, @Nullable Lang hint, String raw) {
        Lang lang = languages.of(user, hint, raw == null ? "" : raw);
        return answer(user, Cooldowns.Kind.COMMAND, lang, () -> answerer.text(user, raw, knowledge.get(), lang));
    }

    /** A structured request, as Discord delivers subcommands and options. */
    public Reply handle(User user, Request request) {
        return handle(user, null, request);
    }

    /** A structured request with the platform's hint of the user's language ({@code null} for none). */
    public Reply handle(User user, @Nullable Lang hint, Request request) {
        Lang lang = languages.of(user, hint, String.join(" ", request.args().values()));
        return answer(user, Cooldowns.Kind.COMMAND, lang, () -> answerer.request(user, request, knowledge.get(), lang));
    }

    /** How this Mentor picks each answer's language, and keeps users' choices. */
    public Languages languages() {
        return languages;
    }

    /** A button click; {@code componentId} is whatever the platform sent back, trusted for nothing. */
    public Reply handleComponent(User user, String componentId) {
        return handleComponent(user, "", componentId);
    }

    /**
     * A button click in {@code channel} (the platform's channel id, empty when unknown): the channel
     * tells shares apart, so the same answer can be shared once in each channel.
     */
    public Reply handleComponent(User user, String channel, String componentId) {
        return handleComponent(user, null, channel, componentId);
    }

    /** A button click with the platform's hint of the user's language ({@code null} for none). */
    public Reply handleComponent(User user, @Nullable Lang hint, String channel, String componentId) {
        Lang lang = languages.of(user, hint, "");
        return answer(
                user,
                Cooldowns.Kind.CLICK,
                lang,
                () -> clicks.click(user, channel, componentId, knowledge.get().in(lang)));
    }

    /**
     * Checks the user's budget, then times and counts the answer; nothing a user sends escapes as an
     * exception. A refusal or a failure is told in {@code lang}, the language the answer would have had.
     */
    private Reply answer(User user, Cooldowns.Kind kind, Lang lang, Supplier<Answerer.Answer> work) {
        long start = ticker.read();
        Optional<Reply> refused = refused(user, kind, lang);
        if (refused.isPresent()) return refused.get();
        try {
            return measured(user, work.get(), start);
        } catch (RuntimeException e) {
            return failure(user, e, lang);
        }
    }

    /**
     * A moderator command as text ("reload", "history 5"). The platform decides who is a moderator;
     * everyone else gets a polite refusal, and the attempt is logged. Never rate-limited.
     *
     * @param name the person's display name, for the audit log
     */
    public Reply handleAdmin(User user, String name, boolean moderator, String text) {
        if (text != null && Input.clean(text).length() > Input.MAX_LENGTH) {
            Lang lang = languages.of(user, null, "");
            return Reply.error(Msg.get(lang, "admin.tooLong.title"), Msg.get(lang, "admin.tooLong.text"));
        }
        return handleAdmin(user, name, moderator, admin.parse(text));
    }

    /** A moderator command as Discord delivers it: a subcommand and its options. */
    public Reply handleAdmin(User user, String name, boolean moderator, Request request) {
        long start = ticker.read();
        Lang lang = languages.of(user, null, "");
        try {
            if (!moderator) telemetry.refused("permission", user.surface());
            Reply reply =
                    admin.handle(user, name, moderator, request, knowledge.get().in(lang));
            String command = admin.find(request.command()) == null ? "unknown" : request.command();
            return measured(user, new Answerer.Answer("admin " + command, reply), start);
        } catch (RuntimeException e) {
            return failure(user, e, lang); // in the moderator's language, like the command's reply
        }
    }

    /**
     * Up to {@code max} suggestions for what a user is typing into a command's parameter, for Discord
     * autocomplete. Unknown commands or parameters get none.
     */
    public List<NameIndex.Suggestion> autocomplete(String commandName, String paramName, String typed, int max) {
        return autocomplete(commandName, paramName, typed, Map.of(), max);
    }

    /**
     * Suggestions for a parameter, given the other options typed so far: the parts offered for {@code
     * topic name:become part:} are the parts of that topic. A topic's command word ("become") works as a
     * command here too, as Discord registers it as a subcommand.
     */
    public List<NameIndex.Suggestion> autocomplete(
            String commandName, String paramName, @Nullable String typed, Map<String, String> given, int max) {
        return suggest(knowledge.get(), commandName, paramName, typed, given, max);
    }

    /**
     * Suggestions labelled in {@code user}'s language (the platform's {@code hint}, their choice, or what
     * they type): a Chinese label for each entry, matched against what is typed in either language. The
     * ids sent back are the same in both.
     */
    public List<NameIndex.Suggestion> autocomplete(
            User user,
            @Nullable Lang hint,
            String commandName,
            String paramName,
            @Nullable String typed,
            Map<String, String> given,
            int max) {
        Knowledge k = knowledge.get();
        String t = typed == null ? "" : typed;
        if (languages.of(user, hint, t) == Lang.EN) return suggest(k, commandName, paramName, t, given, max);
        Knowledge zh = k.in(Lang.ZH);
        // Nothing typed yet, or typed in Chinese: the Chinese names (and parts, by their Chinese headings).
        if (t.isBlank() || Lang.looksChinese(t)) return suggest(zh, commandName, paramName, t, given, max);
        // Typed in English: matched against the English names, shown with the Chinese ones.
        Map<String, String> labels = new HashMap<>();
        for (NameIndex.Suggestion s : suggest(zh, commandName, paramName, "", given, Integer.MAX_VALUE)) {
            labels.putIfAbsent(s.id(), s.label());
        }
        return suggest(k, commandName, paramName, t, given, max).stream()
                .map(s -> new NameIndex.Suggestion(labels.getOrDefault(s.id(), s.label()), s.id()))
                .toList();
    }

    private List<NameIndex.Suggestion> suggest(
            Knowledge k,
            String commandName,
            String paramName,
            @Nullable String typed,
            Map<String, String> given,
            int max) {
        Map<String, String> args = new HashMap<>(given);
        Command command = answerer.find(commandName);
        if (command == null) {
            Topic shortcut = TopicCommand.byCommand(k, commandName);
            if (shortcut == null) return List.of();
            command = answerer.find(TopicCommand.NAME);
            if (command == null) return List.of();
            args.put("name", shortcut.id());
        }
        Param param = command.params().stream()
                .filter(p -> p.name().equals(paramName))
                .findFirst()
                .orElse(null);
        if (param == null) return List.of();
        String t = Input.clean(typed == null ? "" : typed);
        if (t.length() > Input.MAX_LENGTH) t = t.substring(0, Input.MAX_LENGTH);
        args.replaceAll((key, v) -> Input.clean(v));
        return switch (param.type()) {
            case SPECIALIZATION -> k.specializations().autocomplete(t, max);
            case PATH -> k.paths().autocomplete(t, max);
            case ORIGIN -> k.origins().autocomplete(t, max);
            case TOPIC -> k.topics().autocomplete(t, max);
            case LEVEL ->
                List.of(
                        new NameIndex.Suggestion(Msg.get(k.lang(), "discord.level.early"), "early"),
                        new NameIndex.Suggestion(Msg.get(k.lang(), "discord.level.senior"), "senior"));
            case SECTION -> command instanceof Sectioned s ? s.suggestParts(k, args, t, max) : List.of();
            case TEXT -> command instanceof FixedChoices c ? c.choices(paramName) : List.of();
        };
    }

    /** A "slow down" reply when the user is over budget; the terminal's operator has no budget. */
    private Optional<Reply> refused(User user, Cooldowns.Kind kind, Lang lang) {
        if (user.surface() == Surface.CONSOLE) return Optional.empty();
        Cooldowns.Decision d = cooldowns.tryAcquire(user, kind);
        if (d.allowed()) return Optional.empty();
        telemetry.refused("cooldown", user.surface());
        return Optional.of(Reply.error(
                Msg.get(lang, "error.cooldown.title"),
                Msg.get(
                        lang,
                        kind == Cooldowns.Kind.COMMAND ? "error.cooldown.commands" : "error.cooldown.clicks",
                        String.valueOf(d.retryAfterSeconds()))));
    }

    private Reply measured(User user, Answerer.Answer answer, long start) {
        telemetry.answered(user.surface(), answer.command(), answer.reply().kind(), ticker.read() - start);
        return answer.reply();
    }

    /** The title of the reply to a request that failed inside, in English; the details go to the log. */
    public static final String FAILURE_TITLE = "Something went wrong";

    /** True when {@code reply} says a request failed inside, in any language. */
    public static boolean failed(Reply reply) {
        for (Lang lang : Lang.values()) {
            if (reply.kind() == Reply.Kind.ERROR && reply.title().equals(Msg.get(lang, "error.failure.title"))) {
                return true;
            }
        }
        return false;
    }

    private Reply failure(User user, RuntimeException e, Lang lang) {
        log.error("request from {} on {} failed", user.id(), user.surface(), e);
        telemetry.answered(user.surface(), "failed", Reply.Kind.ERROR, 0);
        return Reply.error(Msg.get(lang, "error.failure.title"), Msg.get(lang, "error.failure.text"));
    }
}

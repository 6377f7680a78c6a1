package dev.careermentor.core;

import dev.careermentor.core.command.Command;
import dev.careermentor.core.command.CommandContext;
import dev.careermentor.core.command.EarlyReply;
import dev.careermentor.core.command.Param;
import dev.careermentor.core.command.Parts;
import dev.careermentor.core.command.Request;
import dev.careermentor.core.command.TextParser;
import dev.careermentor.core.command.TopicCommand;
import dev.careermentor.core.component.ComponentIds;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.model.Topic;
import dev.careermentor.core.quiz.QuizFlow;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.stats.UsageRecorder;
import dev.careermentor.core.text.Input;
import dev.careermentor.core.text.Similarity;
import dev.careermentor.core.understand.Understanding;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns what people type, or what Discord delivers as options, into a command's answer; anything that
 * is not a command still gets a useful reply.
 */
final class Answerer {
    /** Words from which text where a name is expected is read as a question instead. */
    private static final int QUESTION_WORDS = 4;

    /** A reply and the command it came from, for metrics. */
    record Answer(String command, Reply reply) {}

    private final List<Command> commands;
    private final TextParser parser;
    private final QuizFlow quiz;
    private final UsageRecorder usage;
    private final Decorations decorations;

    Answerer(
            List<Command> commands,
            QuizFlow quiz,
            UsageRecorder usage,
            Decorations decorations,
            dev.careermentor.core.i18n.Languages languages) {
        this.languages = languages;
        this.commands = List.copyOf(commands);
        this.parser = new TextParser(this.commands);
        this.quiz = quiz;
        this.usage = usage;
        this.decorations = decorations;
    }

    private final dev.careermentor.core.i18n.Languages languages;

    List<Command> commands() {
        return commands;
    }

    /** Text answered in the language of {@code k} (a knowledge's English or Chinese face). */
    Answer text(User user, String raw, Knowledge k) {
        return text(user, raw, k.in(Lang.EN), k.lang());
    }

    /**
     * Text answered in {@code lang}: understood against the English knowledge {@code k} (names, aliases and
     * the question's words), answered from its face in {@code lang}.
     */
    Answer text(User user, String raw, Knowledge k, Lang lang) {
        Knowledge kl = k.in(lang);
        String text = Input.clean(raw);
        if (text.length() > Input.MAX_LENGTH) {
            return new Answer(
                    "too-long",
                    Reply.error(
                            Msg.get(lang, "error.toolong.title"),
                            Msg.get(lang, "error.toolong.text", String.valueOf(Input.MAX_LENGTH))));
        }
        text = stripPrefix(text);
        if (text.isEmpty()) return new Answer("help", help(user, kl, null));
        Optional<Reply> quizReply = quiz.typed(user, kl, text, w -> w.equals("admin") || words(k).contains(w));
        if (quizReply.isPresent()) return new Answer("quiz-answer", decorations.feedback(quizReply.get(), lang));
        TextParser.Parsed parsed = parser.parse(text, k);
        Command command = parsed.command();
        Request request = parsed.request();
        if (command != null && request != null) {
            try {
                return new Answer(command.name(), runStrict(command, user, kl, request));
            } catch (EarlyReply early) {
                // "salary for a classic ML engineer": a sentence after a command word is a question.
                if (early.nameNotFound() && text.split(" ").length >= QUESTION_WORDS) {
                    return asked(user, k, lang, text);
                }
                return new Answer(command.name(), finish(command, early.reply(), kl));
            }
        }
        Answer topic = topic(user, k, kl, text);
        if (topic != null) return topic;
        return unknown(user, k, lang, text, parsed.word());
    }

    /** A structured request answered in the language of {@code k}. */
    Answer request(User user, Request request, Knowledge k) {
        return request(user, request, k.in(Lang.EN), k.lang());
    }

    /** A structured request answered in {@code lang}, from the English knowledge {@code k}'s face in it. */
    Answer request(User user, Request request, Knowledge k, Lang lang) {
        Knowledge kl = k.in(lang);
        Command command = find(request.command());
        Topic shortcut = command == null ? TopicCommand.byCommand(k, request.command()) : null;
        if (shortcut != null) {
            // A topic's command word is a subcommand of its own on Discord ("/mentor become part:").
            Map<String, String> args = new HashMap<>(clean(request).args());
            args.put("name", shortcut.id());
            return new Answer(
                    TopicCommand.NAME, run(require(TopicCommand.NAME), user, kl, new Request(TopicCommand.NAME, args)));
        }
        if (command == null) {
            return new Answer(
                    "unknown", help(user, kl, Msg.get(lang, "reply.help.unknown", shorten(request.command()))));
        }
        Request cleaned = clean(request);
        try {
            return new Answer(command.name(), runStrict(command, user, kl, cleaned));
        } catch (EarlyReply early) {
            // "/mentor specialization name: what do serving engineers do all day?": a question, not a name.
            Optional<String> question = cleaned.args().values().stream()
                    .filter(v -> v.split(" ").length >= QUESTION_WORDS)
                    .findFirst();
            if (early.nameNotFound() && question.isPresent()) return asked(user, k, lang, question.get());
            return new Answer(command.name(), finish(command, early.reply(), kl));
        }
    }

    /** A question answered by the understanding: counted as unmatched when the sources do not cover it. */
    private Answer asked(User user, Knowledge k, Lang lang, String text) {
        Reply reply = understood(user, k, lang, text);
        if (reply.kind() == Reply.Kind.NOT_COVERED) usage.unmatched(text);
        return new Answer("ask", decorations.apply(reply, lang));
    }

    /** Accepts "/mentor salary" and "mentor salary" as well as "salary". */
    private static String stripPrefix(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String prefix : List.of("/mentor ", "mentor ")) {
            if (lower.startsWith(prefix)) return text.substring(prefix.length()).strip();
        }
        return lower.equals("/mentor") || lower.equals("mentor") ? "" : text;
    }

    /**
     * A topic opened by its command word ("become certifications"), or by its id, name or alias alone or
     * followed by one of its parts ("interview prep", "hiring juniors"); null when the text is neither.
     */
    private @Nullable Answer topic(User user, Knowledge k, Knowledge kl, String text) {
        List<String> tokens = List.of(text.split(" "));
        String word = tokens.get(0).toLowerCase(Locale.ROOT);
        Topic opened = TopicCommand.byCommand(k, word);
        int cut = 1;
        if (opened == null) {
            for (cut = tokens.size(); cut >= 1; cut--) {
                opened = k.topics().exact(String.join(" ", tokens.subList(0, cut)));
                if (opened != null) break;
            }
            if (opened == null) return null;
            String part = String.join(" ", tokens.subList(cut, tokens.size()));
            if (!part.isEmpty() && Parts.matching(opened.sections(), part).isEmpty()) return null;
        }
        Map<String, String> args = new HashMap<>();
        args.put("name", opened.id());
        if (cut < tokens.size()) {
            args.put("part", String.join(" ", tokens.subList(cut, tokens.size())));
        } else if (!word.equals(opened.command())) {
            // An alias that is also a part's heading ("certs", "portfolio", "juniors") opens that part.
            String alias = String.join(" ", tokens);
            if (!Parts.matching(opened.sections(), alias).isEmpty()) args.put("part", alias);
        }
        return new Answer(
                TopicCommand.NAME, run(require(TopicCommand.NAME), user, kl, new Request(TopicCommand.NAME, args)));
    }

    /** Command words, and the words that open topics: what a typo is measured against. */
    private java.util.Set<String> words(Knowledge k) {
        java.util.Set<String> words = new java.util.HashSet<>(parser.words());
        for (Topic t : k.topics().all()) {
            if (t.command() != null) words.add(t.command());
        }
        return words;
    }

    /** Not a command: a question in plain words, a name, or a typo of a command. */
    private Answer unknown(User user, Knowledge k, Lang lang, String text, String word) {
        if (word.equals("admin")) {
            return new Answer(
                    "unknown",
                    Reply.error(
                            Msg.get(lang, "error.moderator.title"),
                            Msg.get(
                                    lang,
                                    "error.moderator.text",
                                    user.surface() == Surface.CONSOLE ? "admin <command>" : "/mentor-admin",
                                    user.surface().command("help"))));
        }
        Reply reply = understood(user, k, lang, text);
        if (reply.kind() == Reply.Kind.NOT_COVERED) {
            List<String> close = Similarity.closest(word, words(k), 3);
            if (!close.isEmpty() && text.indexOf(' ') < 0) return new Answer("unknown", typo(user, lang, word, close));
            usage.unmatched(text);
            return new Answer("not-covered", reply);
        }
        UsageTap.record(usage, "ask", reply, k);
        return new Answer("ask", decorations.apply(reply, lang));
    }

    /** The understanding's answer to a question in plain words. */
    private Reply understood(User user, Knowledge k, Lang lang, String question) {
        return Understanding.of(k.in(Lang.EN)).answer(question, lang, user.surface());
    }

    private Reply typo(User user, Lang lang, String word, List<String> close) {
        String options = String.join(
                Msg.get(lang, "error.typo.or"),
                close.stream().map(c -> Msg.get(lang, "error.typo.word", c)).toList());
        Reply.Builder b = Reply.builder(Reply.Kind.ERROR, Msg.get(lang, "error.typo.title", shorten(word)))
                .text(Msg.get(lang, "error.typo.text", options, user.surface().command("help")));
        for (String c : close) {
            Command cmd = find(c);
            if (cmd != null && cmd.params().stream().noneMatch(Param::required)) {
                ComponentIds.run(cmd.name())
                        .ifPresent(id -> b.button(new Button(cmd.name(), id, Button.Kind.SUGGESTION)));
            }
        }
        return b.build();
    }

    Reply help(User user, Knowledge k, @Nullable String note) {
        Reply help = run(require("help"), user, k, new Request("help", Map.of()));
        return note == null ? help : help.withText(Msg.get(k.lang(), "reply.help.note", note) + "\n\n" + help.text());
    }

    private Reply run(Command command, User user, Knowledge k, Request request) {
        try {
            return runStrict(command, user, k, request);
        } catch (EarlyReply early) {
            return finish(command, early.reply(), k);
        }
    }

    /** Runs a command; a command that stops early throws its {@link EarlyReply}. */
    private Reply runStrict(Command command, User user, Knowledge k, Request request) {
        Reply reply = command.run(
                new CommandContext(
                        k, user, quiz, commands, usage, question -> understood(user, k, k.lang(), question), languages),
                request);
        return finish(command, reply, k);
    }

    private Reply finish(Command command, Reply reply, Knowledge k) {
        UsageTap.record(usage, command.name(), reply, k);
        return decorations.apply(reply, k.lang());
    }

    /** The command called {@code name} or one of its aliases; null when there is none. */
    @Nullable
    Command find(String name) {
        for (Command c : commands) {
            if (c.name().equals(name) || c.aliases().contains(name)) return c;
        }
        return null;
    }

    /** A command this class relies on (help, ask, specialization, path): every command list has them. */
    Command require(String name) {
        Command c = find(name);
        if (c == null) throw new IllegalStateException("the command list has no '" + name + "' command");
        return c;
    }

    static Request clean(Request request) {
        Map<String, String> args = new java.util.HashMap<>();
        request.args().forEach((key, v) -> args.put(key, Input.clean(v)));
        return new Request(request.command(), args);
    }

    static String shorten(String word) {
        return word.length() > 40 ? word.substring(0, 40) + "\u2026" : word;
    }
}

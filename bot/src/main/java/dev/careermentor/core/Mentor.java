package dev.careermentor.core;

import dev.careermentor.core.admin.AdminCommand;
import dev.careermentor.core.admin.AdminContext;
import dev.careermentor.core.command.Command;
import dev.careermentor.core.command.CommandContext;
import dev.careermentor.core.command.Param;
import dev.careermentor.core.command.Request;
import dev.careermentor.core.command.Sectioned;
import dev.careermentor.core.command.TextParser;
import dev.careermentor.core.component.ComponentIds;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.NameIndex;
import dev.careermentor.core.quiz.QuizFlow;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.moderation.Actor;
import dev.careermentor.core.moderation.Moderation;
import dev.careermentor.core.session.RecentKeys;
import dev.careermentor.core.text.Input;
import dev.careermentor.core.text.Similarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point every surface calls: text, a structured request, or a button click in; a
 * {@link Reply} out. Never throws for anything a user can send.
 */
public final class Mentor {
    private static final Logger log = LoggerFactory.getLogger(Mentor.class);

    private final Supplier<Knowledge> knowledge;
    private final List<Command> commands;
    private final TextParser parser;
    private final QuizFlow quiz;
    private final RecentKeys shares;
    private final Moderation moderation;
    private final List<AdminCommand> adminCommands;

    /**
     * @param knowledge the live knowledge; read once per request
     * @param shares remembers recent Share clicks so a double click or a retry posts once
     * @param moderation reloads, audit and reports; null where this process has no knowledge folder to
     *     manage (moderator commands then say so, and answers carry no "Outdated?" button)
     */
    public Mentor(Supplier<Knowledge> knowledge, List<Command> commands, QuizFlow quiz, RecentKeys shares,
            Moderation moderation, List<AdminCommand> adminCommands) {
        this.knowledge = knowledge;
        this.commands = List.copyOf(commands);
        this.parser = new TextParser(this.commands);
        this.quiz = quiz;
        this.shares = shares;
        this.moderation = moderation;
        this.adminCommands = List.copyOf(adminCommands);
    }

    public Mentor(Supplier<Knowledge> knowledge, List<Command> commands, QuizFlow quiz, RecentKeys shares) {
        this(knowledge, commands, quiz, shares, null, List.of());
    }

    public List<AdminCommand> adminCommands() {
        return adminCommands;
    }

    /**
     * A moderator command as text ("reload", "history 5"). The platform decides who is a moderator;
     * everyone else gets a polite refusal, and the attempt is logged.
     *
     * @param name the person's display name, for the audit log
     */
    public Reply handleAdmin(User user, String name, boolean moderator, String text) {
        try {
            String clean = Input.clean(text);
            if (clean.length() > Input.MAX_LENGTH) return Reply.error("That's too long", "Moderator commands are short.");
            String word = clean.isEmpty() ? "help" : clean.split(" ", 2)[0].toLowerCase(java.util.Locale.ROOT);
            String rest = clean.indexOf(' ') < 0 ? "" : clean.substring(clean.indexOf(' ') + 1);
            AdminCommand command = findAdmin(word);
            Map<String, String> args = new java.util.HashMap<>();
            if (command != null && !command.params().isEmpty() && !rest.isEmpty()) {
                args.put(command.params().get(0).name(), rest);
            }
            return admin(user, name, moderator, command == null ? null : new Request(command.name(), args), word);
        } catch (RuntimeException e) {
            return failure(user, e);
        }
    }

    /** A moderator command as Discord delivers it: a subcommand and its options. */
    public Reply handleAdmin(User user, String name, boolean moderator, Request request) {
        try {
            return admin(user, name, moderator, findAdmin(request.command()) == null ? null : clean(request),
                    request.command());
        } catch (RuntimeException e) {
            return failure(user, e);
        }
    }

    private Reply admin(User user, String name, boolean moderator, Request request, String word) {
        if (!moderator) {
            log.warn("refused moderator command '{}' from {} ({} {}/{}): not a moderator", word, name, user.surface(),
                    user.workspace(), user.id());
            return Reply.error("Only moderators can do that",
                    "Moderator commands change what the bot tells everyone, so they are limited to the "
                            + "community's moderators. If you think a fact is wrong, use the Outdated? button on "
                            + "the answer; moderators see every report.");
        }
        if (moderation == null) {
            return Reply.error("Moderation is not set up here",
                    "This bot process has no knowledge folder or data folder to manage.");
        }
        if (request == null) {
            Reply help = runAdmin(findAdmin("help"), user, name, new Request("help", Map.of()));
            return help.withText("I don't know the moderator command \u201C" + shorten(word) + "\u201D. "
                    + help.text());
        }
        log.info("moderator command '{}' by {} ({} {}/{})", request.command(), name, user.surface(),
                user.workspace(), user.id());
        return runAdmin(findAdmin(request.command()), user, name, request);
    }

    private Reply runAdmin(AdminCommand command, User user, String name, Request request) {
        AdminContext ctx = new AdminContext(knowledge.get(), user, Actor.of(user, name), moderation, adminCommands);
        return command.run(ctx, request);
    }

    private AdminCommand findAdmin(String name) {
        for (AdminCommand c : adminCommands) {
            if (c.name().equals(name)) return c;
        }
        return null;
    }

    public List<Command> commands() {
        return commands;
    }

    public Knowledge knowledge() {
        return knowledge.get();
    }

    /** A line of text as typed after /mentor (or in the terminal). */
    public Reply handleText(User user, String raw) {
        try {
            return answerText(user, raw, knowledge.get());
        } catch (RuntimeException e) {
            return failure(user, e);
        }
    }

    /** A structured request, as Discord delivers subcommands and options. */
    public Reply handle(User user, Request request) {
        try {
            Knowledge k = knowledge.get();
            Command command = find(request.command());
            if (command == null) return help(user, k, "I don't know the command \u201C" + request.command() + "\u201D.");
            return run(command, user, k, clean(request));
        } catch (RuntimeException e) {
            return failure(user, e);
        }
    }

    /** A button click; {@code componentId} is whatever the platform sent back, trusted for nothing. */
    public Reply handleComponent(User user, String componentId) {
        try {
            Knowledge k = knowledge.get();
            ComponentIds.Action action = ComponentIds.parse(componentId);
            if (action instanceof ComponentIds.Quiz q) {
                if (q.op() == ComponentIds.Op.SHARE && !shares.firstTime(user + "|" + componentId)) {
                    return alreadyShared();
                }
                return withFeedback(quiz.click(user, k, q));
            }
            if (action instanceof ComponentIds.Share s) {
                return share(user, k, s.command(), componentId);
            }
            if (action instanceof ComponentIds.Run r) {
                return answerText(user, r.command(), k).withVisibility(Reply.Visibility.UPDATE);
            }
            if (action instanceof ComponentIds.Outdated o) {
                if (moderation == null) {
                    return Reply.error("Reports are not enabled", "This bot process does not record reports.");
                }
                return moderation.report(user, k, o.facts());
            }
            ComponentIds.Invalid invalid = (ComponentIds.Invalid) action;
            return Reply.error("That button can't be used", invalid.reason()
                    + " Type " + user.surface().command("help") + " to start again.");
        } catch (RuntimeException e) {
            return failure(user, e);
        }
    }

    /**
     * Up to {@code max} suggestions for what a user is typing into a command's parameter, for Discord
     * autocomplete. Unknown commands or parameters get none.
     */
    public List<NameIndex.Suggestion> autocomplete(String commandName, String paramName, String typed, int max) {
        Command command = find(commandName);
        if (command == null) return List.of();
        Param param = command.params().stream().filter(p -> p.name().equals(paramName)).findFirst().orElse(null);
        if (param == null) return List.of();
        Knowledge k = knowledge.get();
        String t = Input.clean(typed == null ? "" : typed);
        if (t.length() > Input.MAX_LENGTH) t = t.substring(0, Input.MAX_LENGTH);
        return switch (param.type()) {
            case SPECIALIZATION -> k.specializations().autocomplete(t, max);
            case PATH -> k.paths().autocomplete(t, max);
            case ORIGIN -> k.origins().autocomplete(t, max);
            case LEVEL -> List.of(new NameIndex.Suggestion("early career", "early"),
                    new NameIndex.Suggestion("senior", "senior"));
            case SECTION -> command instanceof Sectioned s ? s.suggestParts(k, t, max) : List.of();
            case TEXT -> List.of();
        };
    }

    private Reply answerText(User user, String raw, Knowledge k) {
        String text = Input.clean(raw);
        if (text.length() > Input.MAX_LENGTH) {
            return Reply.error("That's too long",
                    "Keep it under " + Input.MAX_LENGTH + " characters; short questions find the best answers.");
        }
        text = stripPrefix(text);
        if (text.isEmpty()) return help(user, k, null);
        Reply quizReply = quiz.typed(user, k, text);
        if (quizReply != null) return quizReply;
        TextParser.Parsed parsed = parser.parse(text, k);
        if (parsed.command() != null) return run(parsed.command(), user, k, parsed.request());
        return unknown(user, k, text, parsed.word());
    }

    /** Accepts "/mentor salary" and "mentor salary" as well as "salary". */
    private static String stripPrefix(String text) {
        String lower = text.toLowerCase();
        for (String prefix : List.of("/mentor ", "mentor ")) {
            if (lower.startsWith(prefix)) return text.substring(prefix.length()).strip();
        }
        return lower.equals("/mentor") || lower.equals("mentor") ? "" : text;
    }

    /** Not a command: maybe a name, maybe a typo of a command, maybe a question. */
    private Reply unknown(User user, Knowledge k, String text, String word) {
        if (word.equals("admin")) {
            return Reply.error("Moderator commands are separate",
                    "Moderators use " + (user.surface() == Surface.CONSOLE ? "admin <command>" : "/mentor-admin")
                            + ". Type " + user.surface().command("help") + " for everything else.");
        }
        if (k.specializations().resolve(text).found()) {
            return run(find("specialization"), user, k, new Request("specialization", Map.of("name", text)));
        }
        if (k.paths().resolve(text).found()) {
            return run(find("path"), user, k, new Request("path", Map.of("name", text)));
        }
        var spec = k.specializations().resolve(text);
        if (!spec.suggestions().isEmpty() && text.indexOf(' ') < 0
                && Similarity.closest(word, parser.words(), 1).isEmpty()) {
            return run(find("specialization"), user, k, new Request("specialization", Map.of("name", text)));
        }
        List<String> close = Similarity.closest(word, parser.words(), 3);
        if (!close.isEmpty() && text.indexOf(' ') < 0) {
            Reply.Builder b = Reply.builder(Reply.Kind.ERROR, "Unknown command \u201C" + shorten(word) + "\u201D")
                    .text("Did you mean " + String.join(" or ", close.stream().map(c -> "\u201C" + c + "\u201D").toList())
                            + "? Type " + user.surface().command("help") + " for every command.");
            for (String c : close) {
                Command cmd = find(c);
                if (cmd != null && cmd.params().stream().noneMatch(Param::required)) {
                    String id = ComponentIds.run(cmd.name());
                    if (id != null) b.button(new Button(cmd.name(), id, Button.Kind.SUGGESTION));
                }
            }
            return b.build();
        }
        if (text.indexOf(' ') > 0 && !k.search().search(text, 1, 1).isEmpty()) {
            Reply r = run(find("ask"), user, k, new Request("ask", Map.of("question", text)));
            return r.withText("\u201C" + shorten(word) + "\u201D isn't a command, so I searched the knowledge. "
                    + r.text());
        }
        return help(user, k, "I don't know \u201C" + shorten(word) + "\u201D.");
    }

    private Reply help(User user, Knowledge k, String note) {
        Reply help = run(find("help"), user, k, new Request("help", Map.of()));
        return note == null ? help : help.withText(note + " Here is what I can do.\n\n" + help.text());
    }

    private Reply run(Command command, User user, Knowledge k, Request request) {
        Reply reply = command.run(new CommandContext(k, user, quiz, commands), request);
        return decorate(reply);
    }

    /**
     * Factual answers get a Share button that re-runs their canonical command in public, and an
     * "Outdated?" button that tells moderators which facts a user doubts.
     */
    private Reply decorate(Reply reply) {
        if (reply.factual() && reply.shareCommand() != null && reply.kind() == Reply.Kind.ANSWER
                && reply.visibility() != Reply.Visibility.PUBLIC) {
            String shareId = ComponentIds.share(reply.shareCommand());
            if (shareId != null) {
                List<Button> buttons = new ArrayList<>(reply.buttons());
                buttons.add(0, new Button("Share to channel", shareId, Button.Kind.SHARE));
                reply = reply.withButtons(buttons);
            }
        }
        return withFeedback(reply);
    }

    private Reply withFeedback(Reply reply) {
        if (moderation == null || !reply.factual() || reply.citations().isEmpty()
                || reply.buttons().stream().anyMatch(b -> b.kind() == Button.Kind.FEEDBACK)) {
            return reply;
        }
        List<ComponentIds.Fact> facts = new ArrayList<>();
        for (var c : reply.citations()) {
            ComponentIds.Fact f = new ComponentIds.Fact(c.entryId(), c.asOf());
            if (!facts.contains(f)) facts.add(f);
        }
        String id = ComponentIds.outdated(facts);
        if (id == null) return reply;
        List<Button> buttons = new ArrayList<>(reply.buttons());
        buttons.add(new Button("Outdated?", id, Button.Kind.FEEDBACK));
        return reply.withButtons(buttons);
    }

    private Reply share(User user, Knowledge k, String command, String componentId) {
        if (!shares.firstTime(user + "|" + componentId)) return alreadyShared();
        Reply answer = answerText(user, command, k);
        if (!answer.factual()) {
            return Reply.error("Can't share that any more",
                    "This answer changed since it was shown (the knowledge was updated). Run the command again "
                            + "to get the current answer.");
        }
        List<Button> keep = answer.buttons().stream().filter(b -> b.kind() == Button.Kind.FEEDBACK).toList();
        return answer.withButtons(keep).withVisibility(Reply.Visibility.PUBLIC);
    }

    private static Reply alreadyShared() {
        return Reply.notice("Already shared", "You shared this a moment ago, so I didn't post it again.");
    }

    private Command find(String name) {
        for (Command c : commands) {
            if (c.name().equals(name) || c.aliases().contains(name)) return c;
        }
        return null;
    }

    private static Request clean(Request request) {
        Map<String, String> args = new java.util.HashMap<>();
        request.args().forEach((k, v) -> args.put(k, Input.clean(v)));
        return new Request(request.command(), args);
    }

    private static String shorten(String word) {
        return word.length() > 40 ? word.substring(0, 40) + "\u2026" : word;
    }

    private static Reply failure(User user, RuntimeException e) {
        log.error("request from {} on {} failed", user.id(), user.surface(), e);
        return Reply.error("Something went wrong",
                "I couldn't answer that because of an internal error. Please try again; if it keeps happening, "
                        + "tell a moderator.");
    }
}

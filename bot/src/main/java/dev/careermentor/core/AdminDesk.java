package dev.careermentor.core;

import dev.careermentor.core.admin.AdminCommand;
import dev.careermentor.core.admin.AdminContext;
import dev.careermentor.core.command.Request;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.moderation.Actor;
import dev.careermentor.core.moderation.Moderation;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.text.Input;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Moderator commands: the platform says who is a moderator; this refuses everyone else and logs it. */
final class AdminDesk {
    private static final Logger log = LoggerFactory.getLogger(AdminDesk.class);

    private final Optional<Moderation> moderation;
    private final List<AdminCommand> commands;

    AdminDesk(Optional<Moderation> moderation, List<AdminCommand> commands) {
        this.moderation = moderation;
        this.commands = List.copyOf(commands);
    }

    List<AdminCommand> commands() {
        return commands;
    }

    /** Parses "history 5" into a request; its command may be a word that is not a moderator command. */
    Request parse(String text) {
        String clean = Input.clean(text);
        String word = clean.isEmpty() ? "help" : clean.split(" ", 2)[0].toLowerCase(Locale.ROOT);
        String rest = clean.indexOf(' ') < 0 ? "" : clean.substring(clean.indexOf(' ') + 1);
        AdminCommand command = find(word);
        Map<String, String> args = new HashMap<>();
        if (command != null && !command.params().isEmpty() && !rest.isEmpty()) {
            args.put(command.params().get(0).name(), rest);
        }
        return new Request(word, args);
    }

    /**
     * Whether the request is refused for lack of permission is up to the caller's {@code moderator}. The
     * replies are in the language of {@code k}, the face of the knowledge in the moderator's language.
     */
    Reply handle(User user, String name, boolean moderator, Request request, Knowledge k) {
        String word = request.command();
        Lang lang = k.lang();
        if (!moderator) {
            log.warn(
                    "refused moderator command '{}' from {} ({} {}/{}): not a moderator",
                    Answerer.shorten(word),
                    name,
                    user.surface(),
                    user.workspace(),
                    user.id());
            return Reply.error(Msg.get(lang, "admin.refused.title"), Msg.get(lang, "admin.refused.text"));
        }
        if (moderation.isEmpty()) {
            return Reply.error(Msg.get(lang, "admin.noModeration.title"), Msg.get(lang, "admin.noModeration.text"));
        }
        AdminCommand command = find(word);
        if (command == null) {
            Reply help = run(require("help"), user, name, new Request("help", Map.of()), k);
            return help.withText(Msg.get(lang, "admin.unknown", Answerer.shorten(word), help.text()));
        }
        log.info("moderator command '{}' by {} ({} {}/{})", word, name, user.surface(), user.workspace(), user.id());
        return run(command, user, name, Answerer.clean(request), k);
    }

    private Reply run(AdminCommand command, User user, String name, Request request, Knowledge k) {
        return command.run(
                new AdminContext(k, user, Actor.of(user, name), moderation.orElseThrow(), commands), request);
    }

    /** The moderator command called {@code name}; null when there is none. */
    @Nullable
    AdminCommand find(String name) {
        for (AdminCommand c : commands) {
            if (c.name().equals(name)) return c;
        }
        return null;
    }

    private AdminCommand require(String name) {
        AdminCommand c = find(name);
        if (c == null) throw new IllegalStateException("the moderator command list has no '" + name + "'");
        return c;
    }
}

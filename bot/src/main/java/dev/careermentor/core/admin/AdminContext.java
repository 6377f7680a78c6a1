package dev.careermentor.core.admin;

import dev.careermentor.core.User;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.moderation.Actor;
import dev.careermentor.core.moderation.Moderation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a moderator command may use: the live knowledge snapshot, who is asking, and the moderation tools. */
public record AdminContext(
        Knowledge knowledge, User user, Actor actor, Moderation moderation, List<AdminCommand> commands) {

    /** The moderator's language: the language of the knowledge face the command was given. */
    public Lang lang() {
        return knowledge.lang();
    }

    /** The English face of the live knowledge: what the file on disk is compared with. */
    public Knowledge english() {
        return knowledge.in(Lang.EN);
    }

    /** The sentence {@code key} in the moderator's language. */
    String t(String key, @Nullable Object... args) {
        return AdminReplies.t(lang(), key, args);
    }
}

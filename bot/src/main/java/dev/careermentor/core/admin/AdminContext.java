package dev.careermentor.core.admin;

import dev.careermentor.core.User;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.moderation.Actor;
import dev.careermentor.core.moderation.Moderation;
import java.util.List;

/** What a moderator command may use: the live knowledge snapshot, who is asking, and the moderation tools. */
public record AdminContext(
        Knowledge knowledge, User user, Actor actor, Moderation moderation, List<AdminCommand> commands) {}

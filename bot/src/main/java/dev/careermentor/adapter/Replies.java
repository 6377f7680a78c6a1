package dev.careermentor.adapter;

import dev.careermentor.core.reply.Reply;

/** What every platform shows when the core failed, or when the bot is restarting and took nothing new. */
public final class Replies {
    private Replies() {}

    public static final Reply FAILED = Reply.error(
            "Something went wrong",
            "I couldn't show that answer because of an internal error. Please try again; if it keeps happening, "
                    + "tell a moderator.");

    public static final Reply RESTARTING = Reply.notice(
            "Career Mentor is restarting",
            "I'm restarting right now, so I didn't take that request. Please try again in a minute.");
}

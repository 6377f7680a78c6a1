package dev.careermentor.core.moderation;

import dev.careermentor.core.User;

/**
 * Who did something moderators need to know about: a person on a surface, or the bot itself (the
 * file watcher, start-up).
 *
 * @param name the display name when known, for humans reading the audit log
 */
public record Actor(String surface, String workspace, String userId, String name) {

    public static final Actor WATCHER = new Actor("bot", "local", "file-watcher", "knowledge file watcher");
    public static final Actor STARTUP = new Actor("bot", "local", "startup", "bot start-up");

    public static Actor of(User user, String name) {
        return new Actor(user.surface().label(), user.workspace(), user.id(), name == null ? user.id() : name);
    }

    /** "alice (slack T123/U456)" */
    public String describe() {
        return name + " (" + surface + (workspace.equals("local") ? "" : " " + workspace) + "/" + userId + ")";
    }
}

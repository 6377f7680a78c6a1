package dev.careermentor.core;

import java.util.Objects;

/**
 * Who is asking, and where. Sessions are keyed by all three parts: the same person in two Slack
 * workspaces, or on Discord and Slack, has separate quizzes.
 *
 * @param workspace the Slack team or Discord guild id; "dm" for direct messages, "local" in a terminal
 */
public record User(Surface surface, String workspace, String id) {

    public User {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(id, "id");
    }
}

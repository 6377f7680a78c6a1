package dev.careermentor.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An INTERACTION_CREATE the fake dispatched.
 *
 * @param payload the "d" of the dispatch, as JDA received it
 */
public record Interaction(String id, String token, JsonNode payload) {

    public int type() {
        return payload.path("type").asInt();
    }
}

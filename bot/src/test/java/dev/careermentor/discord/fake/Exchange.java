package dev.careermentor.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One REST request the fake received, with what it answered.
 *
 * @param body the JSON sent (for multipart requests, the payload_json part); null if none
 * @param receivedAt when the request arrived, in epoch milliseconds
 * @param via the route it came by ({@link FakeRest#url(String)}), naming the process that sent it; null
 *     for the plain base
 */
public record Exchange(
        String method,
        String path,
        Map<String, String> query,
        String contentType,
        JsonNode body,
        int status,
        JsonNode response,
        long receivedAt,
        String via) {

    public boolean is(String method, String pathPattern) {
        return this.method.equals(method) && path.matches(pathPattern);
    }

    /** True for requests that post or edit a message: the ones that must carry allowed_mentions. */
    public boolean carriesMessage() {
        JsonNode m = message();
        return m != null && (m.has("content") || m.has("embeds"));
    }

    /** The message payload: an interaction callback's data, or a webhook request's body. */
    public JsonNode message() {
        if (body == null) return null;
        if (path.startsWith("/interactions/")) return body.get("data");
        if (path.startsWith("/webhooks/")) return body;
        return null;
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : " " + query) + " -> " + status
                + (body == null ? "" : " " + body);
    }
}

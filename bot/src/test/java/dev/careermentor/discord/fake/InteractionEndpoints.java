package dev.careermentor.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The interaction callback and the interaction webhook (follow-ups, @original), with Discord's rules:
 * one acknowledgement within 3 s, a callback type that fits the interaction, webhooks only after the
 * acknowledgement, messages within limits.
 */
final class InteractionEndpoints {
    static final Duration ACK_WINDOW = Duration.ofSeconds(3);
    static final int CHANNEL_MESSAGE = 4,
            DEFERRED_CHANNEL_MESSAGE = 5,
            DEFERRED_UPDATE = 6,
            UPDATE_MESSAGE = 7,
            AUTOCOMPLETE_RESULT = 8;

    private final String applicationId;
    private final MessageStore messages;
    private final List<String> violations;
    private final Map<String, State> interactions = new ConcurrentHashMap<>();
    private final Map<String, State> byToken = new ConcurrentHashMap<>();

    /** What the fake knows about one interaction. */
    private static final class State {
        final Interaction interaction;
        final String channelId;
        final long created = System.currentTimeMillis();
        int response; // the callback type, 0 until acknowledged
        String original; // the message @original refers to
        final List<String> followUps = new ArrayList<>();

        State(Interaction interaction, String channelId) {
            this.interaction = interaction;
            this.channelId = channelId;
        }
    }

    InteractionEndpoints(String applicationId, MessageStore messages, List<String> violations) {
        this.applicationId = applicationId;
        this.messages = messages;
        this.violations = violations;
    }

    /** Discord keeps its first record of an interaction: a repeated delivery of the same id changes nothing. */
    void expect(Interaction i, String channelId) {
        State s = new State(i, channelId);
        if (interactions.putIfAbsent(i.id(), s) == null) byToken.putIfAbsent(i.token(), s);
    }

    String original(String interactionId) {
        State s = interactions.get(interactionId);
        if (s == null) return null;
        synchronized (s) {
            return s.original;
        }
    }

    /** POST /interactions/{id}/{token}/callback */
    Result callback(String id, String token, Map<String, String> query, JsonNode body) {
        State s = interactions.get(id);
        if (s == null || !s.interaction.token().equals(token)) {
            return Result.refuse(
                    violations, 404, 10062, "Unknown interaction", "callback for an unknown interaction " + id);
        }
        synchronized (s) {
            if (s.response != 0) {
                return Result.refuse(
                        violations,
                        400,
                        40060,
                        "Interaction has already been acknowledged.",
                        "second acknowledgement of " + id);
            }
            long age = System.currentTimeMillis() - s.created;
            if (age > ACK_WINDOW.toMillis()) {
                return Result.refuse(
                        violations, 404, 10062, "Unknown interaction", "acknowledged after " + age + " ms");
            }
            int type = body == null ? -1 : body.path("type").asInt(-1);
            JsonNode data = body == null || !body.has("data") ? Payloads.object() : body.get("data");
            Result refused = acknowledge(s, type, data);
            if (refused != null) return refused;
            s.response = type;
            return "true".equals(query.get("with_response"))
                    ? Result.ok(callbackResponse(s, type))
                    : Result.noContent();
        }
    }

    /** Applies the acknowledgement; null if Discord would accept it, else the refusal. */
    private Result acknowledge(State s, int type, JsonNode data) {
        int kind = s.interaction.type();
        boolean component = kind == Payloads.MESSAGE_COMPONENT;
        boolean autocomplete = kind == Payloads.AUTOCOMPLETE;
        switch (type) {
            case CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE -> {
                if (autocomplete) break;
                if (type == CHANNEL_MESSAGE) {
                    List<String> problems = MessageRules.problems(data, false);
                    if (!problems.isEmpty()) return Result.invalid(violations, "interaction response", problems);
                }
                int flags = data.path("flags").asInt(0) | (type == DEFERRED_CHANNEL_MESSAGE ? MessageStore.LOADING : 0);
                JsonNode content = type == CHANNEL_MESSAGE ? data : Payloads.object();
                ObjectNode m = messages.create(s.channelId, kind == Payloads.APPLICATION_COMMAND, content, flags);
                s.original = m.get("id").asText();
                return null;
            }
            case DEFERRED_UPDATE, UPDATE_MESSAGE -> {
                if (!component) break;
                // For a click, @original is the message that carries the button.
                String clicked =
                        s.interaction.payload().path("message").path("id").asText();
                if (!messages.exists(clicked)) {
                    return Result.refuse(
                            violations, 404, 10008, "Unknown Message", "update of unknown message " + clicked);
                }
                s.original = clicked;
                if (type == UPDATE_MESSAGE) {
                    List<String> problems = MessageRules.problems(data, true);
                    if (!problems.isEmpty()) return Result.invalid(violations, "message update", problems);
                    messages.edit(s.original, data);
                }
                return null;
            }
            case AUTOCOMPLETE_RESULT -> {
                if (!autocomplete) break;
                List<String> problems = choices(data);
                return problems.isEmpty() ? null : Result.invalid(violations, "autocomplete choices", problems);
            }
            default -> {}
        }
        return Result.refuse(
                violations,
                400,
                50035,
                "Invalid Form Body",
                "callback type " + type + " does not fit interaction type " + kind);
    }

    /** What ?with_response=true returns: the interaction and, when there is one, the message. */
    private ObjectNode callbackResponse(State s, int type) {
        ObjectNode interaction = Payloads.object().put("id", s.interaction.id()).put("type", s.interaction.type());
        ObjectNode response = Payloads.object();
        response.set("interaction", interaction);
        if (s.original == null) return response;
        ObjectNode message = messages.get(s.original);
        int flags = message.path("flags").asInt();
        interaction
                .put("response_message_id", s.original)
                .put("response_message_loading", (flags & MessageStore.LOADING) != 0)
                .put("response_message_ephemeral", (flags & MessageStore.EPHEMERAL) != 0);
        if (type != DEFERRED_UPDATE) {
            ObjectNode resource = Payloads.object().put("type", type);
            resource.set("message", message);
            response.set("resource", resource);
        }
        return response;
    }

    /** POST /webhooks/{application}/{token}: a follow-up message. */
    Result followUp(String app, String token, Map<String, String> query, JsonNode body) {
        State s = acknowledged(app, token);
        if (s == null) {
            return Result.refuse(violations, 404, 10015, "Unknown Webhook", "follow-up before acknowledgement");
        }
        JsonNode data = body == null ? Payloads.object() : body;
        List<String> problems = MessageRules.problems(data, false);
        if (!problems.isEmpty()) return Result.invalid(violations, "follow-up", problems);
        ObjectNode m =
                messages.create(s.channelId, false, data, data.path("flags").asInt(0) & MessageStore.EPHEMERAL);
        synchronized (s) {
            s.followUps.add(m.get("id").asText());
        }
        return "true".equals(query.get("wait")) ? Result.ok(m) : Result.noContent();
    }

    /** GET, PATCH or DELETE /webhooks/{application}/{token}/messages/{id or @original}. */
    Result webhookMessage(String method, String app, String token, String which, JsonNode body) {
        State s = acknowledged(app, token);
        if (s == null) {
            return Result.refuse(violations, 404, 10015, "Unknown Webhook", method + " before acknowledgement");
        }
        String id;
        boolean ours;
        synchronized (s) {
            id = which.equals("@original") ? s.original : which;
            ours = id != null && (id.equals(s.original) || s.followUps.contains(id));
        }
        if (!ours || messages.get(id) == null) {
            return Result.refuse(violations, 404, 10008, "Unknown Message", "no message " + which);
        }
        switch (method) {
            case "GET":
                return Result.ok(messages.get(id));
            case "DELETE":
                messages.remove(id);
                return Result.noContent();
            case "PATCH":
                JsonNode data = body == null ? Payloads.object() : body;
                List<String> problems = MessageRules.problems(data, true);
                if (!problems.isEmpty()) return Result.invalid(violations, "message edit", problems);
                return Result.ok(messages.edit(id, data));
            default:
                return new Result(405, Payloads.error(0, "405: Method Not Allowed"));
        }
    }

    private State acknowledged(String app, String token) {
        if (!app.equals(applicationId)) return null;
        State s = byToken.get(token);
        if (s == null) return null;
        synchronized (s) {
            return s.response == 0 ? null : s;
        }
    }

    private static List<String> choices(JsonNode data) {
        List<String> out = new ArrayList<>();
        JsonNode choices = data.get("choices");
        if (choices == null || !choices.isArray()) return List.of("no choices array");
        if (choices.size() > 25) out.add(choices.size() + " choices > 25");
        for (JsonNode c : choices) {
            int n = c.path("name").asText("").length();
            int v = c.path("value").asText("").length();
            if (n < 1 || n > 100 || v < 1 || v > 100) out.add("choice out of limits: " + c);
        }
        return out;
    }
}

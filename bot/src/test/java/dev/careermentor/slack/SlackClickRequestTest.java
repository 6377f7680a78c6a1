package dev.careermentor.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link SlackClickRequest} holds exactly what Bolt's own {@link BlockActionRequest} holds for the same click. */
class SlackClickRequestTest {
    private static final RequestHeaders HEADERS = new RequestHeaders(Map.of("X-Slack-Retry-Num", List.of("1")));

    private static final Map<String, Consumer<ObjectNode>> SHAPES = Map.of(
            "as Slack sends it", p -> {},
            "enterprise", p -> p.putObject("enterprise").put("id", "E0ORG").put("name", "Org"),
            "team enterprise", p -> p.with("team").put("enterprise_id", "E0TEAM"),
            "no team", p -> p.remove("team"),
            "interactivity pointer",
                    p -> {
                        p.remove("trigger_id");
                        p.putObject("interactivity").put("interactivity_pointer", "pointer-1");
                    },
            "function",
                    p -> p.put("bot_access_token", "xwfp-1")
                            .putObject("function_data")
                            .put("execution_id", "Fx1"),
            "no response_url", p -> p.remove("response_url"),
            "unknown fields", p -> p.put("surprise", 1).putArray("more").add("x"));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "as Slack sends it",
                "enterprise",
                "team enterprise",
                "no team",
                "interactivity pointer",
                "function",
                "no response_url",
                "unknown fields"
            })
    void holdsWhatBoltHolds(String shape) throws Exception {
        try (FakeSlack slack = new FakeSlack()) {
            SlackTestClient client = new SlackTestClient(1, slack);
            String body = client.clickBody("U0ALICE", "cm1:r:help", "1700000000.000001", "path");
            ObjectNode payload = (ObjectNode) FakeSlack.JSON.readTree(java.net.URLDecoder.decode(
                    body.substring("payload=".length()), java.nio.charset.StandardCharsets.UTF_8));
            SHAPES.get(shape).accept(payload);
            String json = payload.toString();

            BlockActionRequest bolt = new BlockActionRequest(body, json, HEADERS);
            BlockActionRequest ours = new SlackClickRequest(body, json, HEADERS);
            assertEquals(bolt.getPayload(), ours.getPayload());
            assertEquals(bolt.getResponseUrl(), ours.getResponseUrl());
            assertEquals(bolt.getRequestType(), ours.getRequestType());
            assertEquals(bolt.getRequestBodyAsString(), ours.getRequestBodyAsString());
            assertEquals(bolt.getHeaders(), ours.getHeaders());
            ActionContext b = bolt.getContext();
            ActionContext o = ours.getContext();
            assertEquals(b.getResponseUrl(), o.getResponseUrl());
            assertEquals(b.getTriggerId(), o.getTriggerId());
            assertEquals(b.getEnterpriseId(), o.getEnterpriseId());
            assertEquals(b.getTeamId(), o.getTeamId());
            assertEquals(b.getRequestUserId(), o.getRequestUserId());
            assertEquals(b.getFunctionBotAccessToken(), o.getFunctionBotAccessToken());
            assertEquals(b.getFunctionExecutionId(), o.getFunctionExecutionId());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "[]", "{\"type\":\"block_actions\"}", "{\"user\":7}"})
    void failsWhereBoltFails(String json) {
        Class<? extends Throwable> bolt = assertThrows(
                        RuntimeException.class, () -> new BlockActionRequest("payload=x", json, HEADERS))
                .getClass();
        assertEquals(
                bolt,
                assertThrows(RuntimeException.class, () -> new SlackClickRequest("payload=x", json, HEADERS))
                        .getClass(),
                json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"type\":\"block_actions\"}", "{\"type\":[\"block_actions\"]}", "[1]", "{", "null"})
    void readsTheTypeAsBoltsParserDoes(String json) {
        String expected = switch (json) {
            case "{\"type\":\"block_actions\"}" -> "block_actions";
            default -> null; // Bolt reads ["block_actions"] as block_actions too; such clicks go through Bolt's parser
        };
        assertEquals(expected, SlackClickRequest.type(json));
    }
}

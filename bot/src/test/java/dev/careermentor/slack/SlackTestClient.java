package dev.careermentor.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Sends requests to the bot the way Slack does: form-encoded, signed with the app's signing secret. */
final class SlackTestClient {
    static final String SECRET = "test-signing-secret-0123456789abcdef";
    static final String TEAM = "T0TEST";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI events;
    private final FakeSlack slack;
    /** The workspace the requests come from. */
    private final String team;

    private final SlackSignatures signer = new SlackSignatures(SECRET, Clock.systemUTC());
    /** One sequence for every client in the JVM: Slack never gives two triggers one id. */
    private static final AtomicLong SEQUENCE = new AtomicLong(1_700_000_000_000L);

    SlackTestClient(int port, FakeSlack slack) {
        this(port, slack, TEAM);
    }

    /** Requests from workspace {@code team}, as when the app is installed in many. */
    SlackTestClient(int port, FakeSlack slack, String team) {
        this.events = URI.create("http://127.0.0.1:" + port + "/slack/events");
        this.slack = slack;
        this.team = team;
    }

    /** A unique id, as Slack gives every trigger and action. */
    String unique() {
        return Long.toString(SEQUENCE.incrementAndGet());
    }

    static String now() {
        return Long.toString(Clock.systemUTC().instant().getEpochSecond());
    }

    /** The form body Slack posts for {@code /mentor text}. */
    String commandBody(String user, String text, String triggerId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy-verification-token");
        form.put("team_id", team);
        form.put("team_domain", "test");
        form.put("channel_id", "C0GENERAL");
        form.put("channel_name", "general");
        form.put("user_id", user);
        form.put("user_name", user.toLowerCase(java.util.Locale.ROOT));
        form.put("command", "/mentor");
        form.put("text", text);
        form.put("api_app_id", "A0MENTOR");
        form.put("is_enterprise_install", "false");
        form.put("response_url", slack.responseUrl("command-" + triggerId));
        form.put("trigger_id", triggerId);
        return form(form);
    }

    /** The form body Slack posts when {@code user} clicks the button whose action_id is {@code actionId}. */
    String clickBody(String user, String actionId, String actionTs, String responsePath) {
        return clickBody(user, actionId, actionTs, responsePath, "C0GENERAL");
    }

    /** As {@link #clickBody(String, String, String, String)}, clicked in {@code channel}. */
    String clickBody(String user, String actionId, String actionTs, String responsePath, String channel) {
        ObjectNode p = FakeSlack.JSON.createObjectNode();
        p.put("type", "block_actions");
        p.putObject("user")
                .put("id", user)
                .put("username", user.toLowerCase(java.util.Locale.ROOT))
                .put("name", user.toLowerCase(java.util.Locale.ROOT))
                .put("team_id", team);
        p.put("api_app_id", "A0MENTOR");
        p.put("token", "legacy-verification-token");
        p.putObject("container")
                .put("type", "message")
                .put("message_ts", "1700000000.000100")
                .put("channel_id", channel)
                .put("is_ephemeral", true);
        p.put("trigger_id", "trigger-" + actionTs);
        p.putObject("team").put("id", team).put("domain", "test");
        p.putObject("channel").put("id", channel).put("name", channel.toLowerCase(java.util.Locale.ROOT));
        p.put("response_url", slack.responseUrl(responsePath));
        ArrayNode actions = p.putArray("actions");
        ObjectNode a = actions.addObject();
        a.put("action_id", actionId);
        a.put("block_id", "b1");
        a.putObject("text").put("type", "plain_text").put("text", "a button");
        a.put("value", actionId);
        a.put("type", "button");
        a.put("action_ts", actionTs);
        return "payload=" + URLEncoder.encode(p.toString(), StandardCharsets.UTF_8);
    }

    HttpResponse<String> command(String user, String text) throws IOException, InterruptedException {
        return post(commandBody(user, text, unique()));
    }

    HttpResponse<String> click(String user, String actionId, String responsePath)
            throws IOException, InterruptedException {
        return post(clickBody(user, actionId, unique(), responsePath));
    }

    /** The JSON body Slack posts for an Events API event of this workspace, e.g. app_uninstalled. */
    String eventBody(ObjectNode event) {
        ObjectNode p = FakeSlack.JSON.createObjectNode();
        p.put("token", "legacy-verification-token");
        p.put("team_id", team);
        p.put("api_app_id", "A0MENTOR");
        p.set("event", event.put("event_ts", now() + ".000100"));
        p.put("type", "event_callback");
        p.put("event_id", "Ev" + unique());
        p.put("event_time", Long.parseLong(now()));
        return p.toString();
    }

    /** An Events API delivery, signed now. */
    HttpResponse<String> event(ObjectNode event) throws IOException, InterruptedException {
        String body = eventBody(event);
        String ts = now();
        return send(body, ts, signer.sign(ts, bytes(body)), "Content-Type", "application/json");
    }

    /** Signed now, exactly as Slack signs. */
    HttpResponse<String> post(String body, String... extraHeaders) throws IOException, InterruptedException {
        String ts = now();
        return send(body, ts, signer.sign(ts, bytes(body)), extraHeaders);
    }

    /** Any timestamp and signature, or none when null. */
    HttpResponse<String> send(String body, String timestamp, String signature, String... extraHeaders)
            throws IOException, InterruptedException {
        boolean typed = false;
        for (int i = 0; i + 1 < extraHeaders.length; i += 2) typed |= extraHeaders[i].equalsIgnoreCase("Content-Type");
        HttpRequest.Builder b = HttpRequest.newBuilder(events)
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!typed) b.header("Content-Type", "application/x-www-form-urlencoded");
        if (timestamp != null) b.header("X-Slack-Request-Timestamp", timestamp);
        if (signature != null) b.header("X-Slack-Signature", signature);
        for (int i = 0; i + 1 < extraHeaders.length; i += 2) b.header(extraHeaders[i], extraHeaders[i + 1]);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(events.resolve(path))
                        .timeout(Duration.ofSeconds(10))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String sign(String timestamp, String body) {
        return signer.sign(timestamp, bytes(body));
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return FakeSlack.JSON.readTree(response.body());
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String form(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (sb.length() > 0) sb.append('&');
            sb.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }
}

package dev.careermentor.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.JsonOps;
import com.slack.api.util.http.SlackHttpClient;
import dev.careermentor.adapter.AdapterBase;
import dev.careermentor.core.Mentor;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.component.ComponentIds;
import dev.careermentor.core.reply.Reply;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bolt listeners: {@code /mentor} answers inside its acknowledgement; a button click is
 * acknowledged at once and answered through its response_url from {@code responder}, so Slack's 3 s
 * limit never depends on how long the answer takes to post.
 */
final class SlackListeners {
    private static final Logger log = LoggerFactory.getLogger(SlackListeners.class);

    static final String COMMAND = "/mentor";
    static final String ADMIN_COMMAND = "/mentor-admin";
    private static final Pattern OURS = Pattern.compile("^" + ComponentIds.VERSION + ":.*", Pattern.DOTALL);
    private static final String RETRY = "X-Slack-Retry-Num";
    /** Bolt keeps handlers in a HashMap, so the catch-all must not match our ids as well. */
    private static final Pattern OTHERS = Pattern.compile("^(?!" + ComponentIds.VERSION + ":).*", Pattern.DOTALL);

    private final AdapterBase adapter;
    private final Mentor mentor;
    private final Executor responder;
    private final Set<String> moderators;
    private final ResponseUrls responseUrls;

    /**
     * @param adapter calls the core and remembers deliveries already handled: Slack retries
     *     (X-Slack-Retry-Num) and repeated deliveries carry the same trigger_id or action_ts, and must not
     *     post a second time
     */
    SlackListeners(AdapterBase adapter, Executor responder, Set<String> moderators, ResponseUrls responseUrls) {
        this.responseUrls = responseUrls;
        this.adapter = adapter;
        this.mentor = adapter.mentor();
        this.responder = responder;
        this.moderators = Set.copyOf(moderators);
    }

    void register(App app) {
        app.command(COMMAND, this::command);
        app.command(ADMIN_COMMAND, this::admin);
        app.blockAction(OURS, this::action);
        // Unknown action ids still reach the core, which answers that the button isn't ours.
        app.blockAction(OTHERS, this::action);
    }

    Response command(SlashCommandRequest req, SlashCommandContext ctx) {
        SlashCommandPayload p = req.getPayload();
        if (p == null || p.getTeamId() == null || p.getUserId() == null) {
            return badRequest("the command names no team or user");
        }
        if (p.getTriggerId() != null && !adapter.firstDelivery("command|" + p.getTeamId() + "|" + p.getTriggerId())) {
            log.info(
                    "ignored a repeated delivery of a command (retry {})",
                    retryNum(req.getHeaders().getFirstValue(RETRY)));
            return ctx.ack();
        }
        User user = new User(Surface.SLACK, p.getTeamId(), p.getUserId());
        String text = p.getText() == null ? "" : p.getText();
        Reply reply = adapter.answer(() -> mentor.handleText(user, text));
        SlackMessage message = SlackRenderer.render(reply);
        return ctx.ack(SlashCommandResponse.builder()
                .responseType(reply.visibility() == Reply.Visibility.PUBLIC ? "in_channel" : "ephemeral")
                .text(message.text())
                .blocks(message.blocks())
                .build());
    }

    /** Moderator commands: only user ids in MENTOR_SLACK_MODERATORS; the core refuses and logs everyone else. */
    Response admin(SlashCommandRequest req, SlashCommandContext ctx) {
        SlashCommandPayload p = req.getPayload();
        if (p == null || p.getTeamId() == null || p.getUserId() == null) {
            return badRequest("the command names no team or user");
        }
        if (p.getTriggerId() != null && !adapter.firstDelivery("admin|" + p.getTeamId() + "|" + p.getTriggerId())) {
            return ctx.ack();
        }
        User user = new User(Surface.SLACK, p.getTeamId(), p.getUserId());
        String name = p.getUserName() == null ? p.getUserId() : p.getUserName();
        boolean moderator = moderators.contains(p.getUserId());
        String text = p.getText() == null ? "" : p.getText();
        Reply reply = adapter.answer(() -> mentor.handleAdmin(user, name, moderator, text));
        SlackMessage message = SlackRenderer.render(reply);
        return ctx.ack(SlashCommandResponse.builder()
                .responseType("ephemeral")
                .text(message.text())
                .blocks(message.blocks())
                .build());
    }

    Response action(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        List<BlockActionPayload.Action> actions = p.getActions();
        String team = p.getTeam() != null
                ? p.getTeam().getId()
                : p.getUser() != null ? p.getUser().getTeamId() : null;
        if (team == null
                || p.getUser() == null
                || p.getUser().getId() == null
                || actions == null
                || actions.isEmpty()) {
            return badRequest("the action names no team, user or action");
        }
        if (!responseUrls.allowed(p.getResponseUrl())) {
            log.warn("refused a click whose response_url is not a Slack address");
            return badRequest("the response_url is not a Slack address (https://hooks.slack.com/...)");
        }
        BlockActionPayload.Action action = actions.get(0);
        String id = action.getActionId();
        if (action.getActionTs() != null
                && !adapter.firstDelivery(
                        "action|" + team + "|" + p.getUser().getId() + "|" + id + "|" + action.getActionTs())) {
            log.info(
                    "ignored a repeated delivery of a click (retry {})",
                    retryNum(req.getHeaders().getFirstValue(RETRY)));
            return ctx.ack();
        }
        User user = new User(Surface.SLACK, team, p.getUser().getId());
        String channel = p.getChannel() != null && p.getChannel().getId() != null
                ? p.getChannel().getId()
                : p.getContainer() != null && p.getContainer().getChannelId() != null
                        ? p.getContainer().getChannelId()
                        : "";
        responder.execute(() -> respond(ctx, user, channel, id));
        return ctx.ack();
    }

    private void respond(ActionContext ctx, User user, String channel, String componentId) {
        try {
            Reply reply = adapter.answer(() -> mentor.handleComponent(user, channel, componentId));
            post(ctx.getSlack().getHttpClient(), ctx.getResponseUrl(), actionResponse(reply));
        } catch (Exception e) { // an I/O failure or a payload without response_url; the worker lives on
            log.warn("could not answer a click through response_url: {}", e.toString());
        }
    }

    /**
     * What ctx.respond(...) does, but serialized with Bolt's shared Gson: the SDK's post builds a new Gson,
     * which rebuilds its reflective adapters, for every answer (a fifth of the CPU under load).
     */
    static void post(SlackHttpClient http, String responseUrl, ActionResponse answer) throws java.io.IOException {
        try (okhttp3.Response r = http.postJsonBody(responseUrl, JsonOps.toJsonString(answer))) {
            String body = r.body() == null ? "" : r.body().string();
            http.runHttpResponseListeners(r, body);
            if (r.code() != 200) log.warn("response_url refused the answer to a click: {} {}", r.code(), body);
        }
    }

    /** UPDATE replaces the clicked message; PRIVATE and PUBLIC post a new one, to the clicker or to all. */
    static ActionResponse actionResponse(Reply reply) {
        SlackMessage message = SlackRenderer.render(reply);
        ActionResponse.ActionResponseBuilder b =
                ActionResponse.builder().text(message.text()).blocks(message.blocks());
        return switch (reply.visibility()) {
            case UPDATE -> b.replaceOriginal(true).build();
            case PRIVATE -> b.responseType("ephemeral").replaceOriginal(false).build();
            case PUBLIC -> b.responseType("in_channel").replaceOriginal(false).build();
        };
    }

    private static String retryNum(String header) {
        return header == null ? "none" : header;
    }

    /** A signed request Slack would never send; refused rather than guessed at. */
    private static Response badRequest(String why) {
        return Response.builder()
                .statusCode(400)
                .contentType("text/plain; charset=utf-8")
                .body(why)
                .build();
    }
}

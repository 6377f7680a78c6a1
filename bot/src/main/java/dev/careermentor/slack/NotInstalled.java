package dev.careermentor.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.service.InstallationService;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serving many workspaces: a command or click from a workspace where the app is not installed (never, or not
 * any more) is answered here, before Bolt's authorization, in words the person can act on. Bolt's own
 * answer would be a generic line posted to the request's response_url; a command is instead answered in its
 * acknowledgement, and a click through response_url only when {@link ResponseUrls} allows the address, as
 * every other click answer. Everything else goes on to Bolt, which gives installed workspaces their own token.
 *
 * <p>Checked as Bolt checks: the workspace's bot (or its organization's), else the requesting user's own
 * token from an install with user scopes.
 */
final class NotInstalled implements Middleware {
    private static final Logger log = LoggerFactory.getLogger(NotInstalled.class);

    static final String UNAVAILABLE =
            "Career Mentor cannot read its list of workspaces right now. Try again in a " + "minute.";

    private final InstallationService installations;
    private final Executor responder;
    private final ResponseUrls responseUrls;

    NotInstalled(InstallationService installations, Executor responder, ResponseUrls responseUrls) {
        this.installations = installations;
        this.responder = responder;
        this.responseUrls = responseUrls;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        RequestType type = req.getRequestType();
        if (type != RequestType.Command && type != RequestType.BlockAction) return chain.next(req);
        Context c = req.getContext();
        String text;
        try {
            if (installed(c)) return chain.next(req);
            log.info(
                    "answered a {} from Slack workspace {}{}: the app is not installed there",
                    type == RequestType.Command ? "command" : "click",
                    c.getTeamId(),
                    c.getEnterpriseId() == null ? "" : " of organization " + c.getEnterpriseId());
            text = SqlInstallationService.NOT_INSTALLED;
        } catch (SqlInstallationService.Unavailable e) {
            log.warn("Slack request not answered: {}", e.getMessage());
            text = UNAVAILABLE;
        }
        if (type == RequestType.Command) {
            return Response.json(
                    200,
                    SlashCommandResponse.builder()
                            .responseType("ephemeral")
                            .text(text)
                            .build());
        }
        String url = req.getResponseUrl();
        Slack slack = c.getSlack();
        if (url != null && slack != null && responseUrls.allowed(url)) {
            ActionResponse answer = ActionResponse.builder()
                    .responseType("ephemeral")
                    .replaceOriginal(false)
                    .text(text)
                    .build();
            responder.execute(() -> {
                try {
                    SlackListeners.post(slack.getHttpClient(), url, answer);
                } catch (java.io.IOException | RuntimeException e) {
                    log.warn("could not answer a click through response_url: {}", e.toString());
                }
            });
        }
        return Response.ok();
    }

    private boolean installed(Context c) {
        if (installations.findBot(c.getEnterpriseId(), c.getTeamId()) != null) return true;
        String user = c.getRequestUserId();
        if (user == null) return false;
        Installer installer = installations.findInstaller(c.getEnterpriseId(), c.getTeamId(), user);
        return installer != null && installer.getInstallerUserAccessToken() != null;
    }
}

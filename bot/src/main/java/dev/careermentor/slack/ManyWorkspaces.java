package dev.careermentor.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.MultiTeamsAuthorization;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.service.builtin.oauth.OAuthV2SuccessPersistenceCallback;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import dev.careermentor.app.SlackSettings;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serving every workspace that installs the app, with Bolt's OAuth v2 support:
 *
 * <ul>
 *   <li>{@code GET /slack/install} is Bolt's install start: a new state (kept by {@link SqlOAuthStateService},
 *       set in a cookie) and the "Add to Slack" page linking to Slack's authorize page with the client id,
 *       the scopes and that state;
 *   <li>{@code GET /slack/oauth_redirect} is Bolt's callback: the state is checked against the cookie and the
 *       database, the code is exchanged for the workspace's token with {@code oauth.v2.access} (through
 *       SLACK_API_URL), and the installation saved by {@link SqlInstallationService};
 *   <li>every command and click then runs with its own workspace's token: Bolt's {@link MultiTeamsAuthorization}
 *       finds the installation and checks its token with {@code auth.test} (cached per token for ten minutes);
 *       a workspace without one is answered by {@link NotInstalled};
 *   <li>{@code app_uninstalled} deletes the workspace's installation, {@code tokens_revoked} the revoked bot
 *       or user tokens, before the event is acknowledged (so a failure is retried by Slack).
 * </ul>
 *
 * Every way an install can fail ends on a page saying what happened in plain words ({@link InstallPages}),
 * never on an error code alone; codes, states and tokens are never logged.
 */
final class ManyWorkspaces {
    private static final Logger log = LoggerFactory.getLogger(ManyWorkspaces.class);

    static final String INSTALL = "/slack/install";
    static final String REDIRECT = "/slack/oauth_redirect";

    /** oauth.v2.access errors that mean the bot's own settings are wrong, not the installer's link. */
    private static final Set<String> MISCONFIGURED =
            Set.of("invalid_client_id", "bad_client_secret", "bad_redirect_uri", "invalid_client", "invalid_app_id");
    /** oauth.v2.access errors that mean this code cannot be used (again). */
    private static final Set<String> USED_OR_EXPIRED = Set.of("invalid_code", "code_already_used", "code_expired");

    private final SqlInstallationService installations;
    private final SqlOAuthStateService states;
    private final NotInstalled notInstalled;
    private final InstallPages pages = new InstallPages();

    ManyWorkspaces(SqlInstallationService installations, SqlOAuthStateService states, NotInstalled notInstalled) {
        this.installations = installations;
        this.states = states;
        this.notInstalled = notInstalled;
    }

    /**
     * Bolt's settings for OAuth: every value set here, since Bolt's builder would otherwise read SLACK_SCOPES,
     * SLACK_REDIRECT_URI, SLACK_INSTALL_PATH and others from the environment behind the configuration's back.
     */
    @SuppressWarnings("deprecation") // the legacy path fields win over the new ones when read from the environment
    AppConfig.AppConfigBuilder configure(AppConfig.AppConfigBuilder b, SlackSettings.OAuth oauth) {
        return b.singleTeamBotToken(null)
                .clientId(oauth.clientId())
                .clientSecret(oauth.clientSecret())
                .scope(String.join(",", oauth.scopes()))
                .userScope(null)
                .redirectUri(
                        oauth.redirectUri() == null ? null : oauth.redirectUri().toString())
                .oauthInstallPath(INSTALL)
                .oauthStartPath(INSTALL)
                .oauthRedirectUriPath(REDIRECT)
                .oauthCallbackPath(REDIRECT)
                .oAuthInstallPathEnabled(true)
                .oAuthRedirectUriPathEnabled(true)
                .oauthCancellationUrl(null)
                .oauthCompletionUrl(null)
                .stateValidationEnabled(true)
                .oAuthInstallPageRenderingEnabled(true)
                .oAuthInstallPageRenderer(pages)
                .oAuthRedirectUriPageRenderer(pages)
                // auth.test once per token for ten minutes, not on every command
                .authTestCacheEnabled(true);
    }

    /** The Bolt app for {@code config}, with the installation services, the pages and the uninstall handlers. */
    App app(AppConfig config) {
        App app = new App(config) {
            @Override
            protected List<Middleware> buildDefaultMiddlewareList(AppConfig c) {
                List<Middleware> list = super.buildDefaultMiddlewareList(c);
                int at = 0;
                while (at < list.size() && !(list.get(at) instanceof MultiTeamsAuthorization)) at++;
                list.add(at, notInstalled); // after the signature check, before Bolt's own authorization
                return list;
            }
        };
        app.asOAuthApp(true);
        app.service(states);
        app.service(installations); // also installs Bolt's success handler on these installations
        app.oauthPersistenceCallback(this::installed);
        app.oauthPersistenceErrorCallback(args -> {
            log.error(
                    "an install in Slack workspace {} could not be saved: {}",
                    args.getInstaller().getTeamId(),
                    args.getError().toString());
            copy(
                    InstallPages.failure(
                            503,
                            "Career Mentor could not be installed",
                            "Slack accepted the install, but the bot could not save it (its database cannot be "
                                    + "reached). Start again in a few minutes."),
                    args.getResponse());
        });
        app.oauthCallbackError((req, resp) -> {
            String error = req.getPayload().getError();
            if ("access_denied".equals(error)) {
                log.info("an install was cancelled on Slack's page");
                return InstallPages.failure(
                        200,
                        "Installation cancelled",
                        "Career Mentor was not added to the workspace: the install was cancelled on Slack's page. "
                                + "To add it after all, start again.");
            }
            log.info("Slack stopped an install: {}", error);
            return InstallPages.failure(
                    400,
                    "Career Mentor could not be installed",
                    "Slack stopped the install (" + error + "). Start again; if it happens again, ask a workspace "
                            + "admin whether apps may be added.");
        });
        app.oauthCallbackStateError((req, resp) -> {
            log.info("refused an install: its state was unknown, expired, already used or from another browser");
            return InstallPages.failure(
                    400,
                    "This install link has expired",
                    "The link that brought you here has expired or was already used. An install link works once, "
                            + "for " + SqlOAuthStateService.LIFETIME.toMinutes() + " minutes, in the browser that "
                            + "opened the install page. Start again.");
        });
        app.oauthCallbackAccessError((com.slack.api.bolt.service.builtin.oauth.OAuthV2AccessErrorHandler)
                (req, resp, apiResponse) -> refused(apiResponse));
        app.oauthCallbackException((req, resp, e) -> {
            if (e instanceof SqlInstallationService.Unavailable) {
                log.warn("an install could not finish: {}", e.getMessage());
                return InstallPages.failure(
                        503,
                        "Career Mentor could not be installed",
                        "The bot cannot reach its database, so the install could not finish. Start again in a few "
                                + "minutes.");
            }
            log.warn("an install could not finish: Slack could not be reached ({})", e.toString());
            return InstallPages.failure(
                    502,
                    "Career Mentor could not be installed",
                    "Slack could not be reached to finish the install. Start again in a minute.");
        });
        app.event(AppUninstalledEvent.class, (payload, ctx) -> {
            installations.deleteAll(payload.getEnterpriseId(), payload.getTeamId());
            log.info(
                    "the app was uninstalled from Slack workspace {}{}: its installation is deleted",
                    payload.getTeamId(),
                    payload.getEnterpriseId() == null ? "" : " of organization " + payload.getEnterpriseId());
            return ctx.ack();
        });
        app.event(TokensRevokedEvent.class, (payload, ctx) -> {
            revoked(
                    payload.getEnterpriseId(),
                    payload.getTeamId(),
                    payload.getEvent().getTokens());
            return ctx.ack();
        });
        // The install page when the state cannot be kept (database down, too many installs in progress):
        // Bolt would answer 500 "something wrong".
        app.use((req, resp, chain) -> {
            Response r = chain.next(req);
            if (req.getRequestType() != RequestType.OAuthStart
                    || r.getStatusCode() == null
                    || r.getStatusCode() < 500) {
                return r;
            }
            return InstallPages.failure(
                    503,
                    "The install page is not available",
                    "Career Mentor cannot start an install right now (its database cannot be reached, or too many "
                            + "installs are in progress). Try again in a few minutes.");
        });
        return app;
    }

    /** Saved: the success page, and a line in the log naming the workspace and who installed (never the token). */
    private void installed(OAuthV2SuccessPersistenceCallback.Arguments args) {
        Installer i = args.getInstaller();
        log.info(
                "the app was installed in Slack workspace {}{} by {}",
                i.getTeamId(),
                i.getEnterpriseId() == null ? "" : " of organization " + i.getEnterpriseId(),
                i.getInstallerUserId());
        copy(InstallPages.html(200, pages.renderSuccessPage(i, null)), args.getResponse());
    }

    /** oauth.v2.access said no: whose fault, in words. */
    private static Response refused(OAuthV2AccessResponse apiResponse) {
        String error = String.valueOf(apiResponse.getError());
        if (MISCONFIGURED.contains(error)) {
            log.error(
                    "Slack refused an install's code: {}. Check SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and "
                            + "SLACK_REDIRECT_URI against the app's Basic Information and OAuth & Permissions pages.",
                    error);
            return InstallPages.failure(
                    500,
                    "Career Mentor could not be installed",
                    "Slack did not accept the bot's own settings (" + error + "), so the install could not finish. "
                            + "Please tell whoever runs Career Mentor.");
        }
        log.info("Slack refused an install's code: {}", error);
        boolean used = USED_OR_EXPIRED.contains(error);
        return InstallPages.failure(
                used ? 400 : 502,
                "Career Mentor could not be installed",
                used
                        ? "Slack did not accept this install (" + error + "): its code was already used or has "
                                + "expired. Start again."
                        : "Slack did not accept this install (" + error + "). Start again; if it keeps failing, "
                                + "tell whoever runs Career Mentor.");
    }

    /** Bolt's persistence callbacks answer by filling in the response they are given. */
    private static void copy(Response from, Response to) {
        to.setStatusCode(from.getStatusCode());
        to.setContentType(from.getContentType());
        to.setBody(from.getBody());
    }

    /** tokens_revoked: the users' tokens (their installer rows) and the bot's. */
    private void revoked(
            @Nullable String enterpriseId, @Nullable String teamId, TokensRevokedEvent.@Nullable Tokens tokens) {
        if (tokens == null) return;
        int users = 0;
        int bots = 0;
        try {
            for (String user : tokens.getOauth() == null ? List.<String>of() : tokens.getOauth()) {
                Installer installer = installations.findInstaller(enterpriseId, teamId, user);
                if (installer != null) {
                    installations.deleteInstaller(installer);
                    users++;
                }
            }
            if (tokens.getBot() != null && !tokens.getBot().isEmpty()) {
                Bot bot = installations.findBot(enterpriseId, teamId); // one bot per app and workspace
                if (bot != null) {
                    installations.deleteBot(bot);
                    bots++;
                }
            }
        } catch (SQLException e) {
            throw new SqlInstallationService.Unavailable("could not delete revoked tokens of team " + teamId, e);
        }
        log.info("Slack revoked tokens in workspace {}: deleted {} installer(s) and {} bot(s)", teamId, users, bots);
    }
}

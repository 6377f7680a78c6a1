package dev.careermentor.app;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How to reach Slack, in one of three modes:
 *
 * <ul>
 *   <li>HTTP mode in one workspace: the signing secret and the bot token;
 *   <li>Socket Mode in one workspace: the app-level token (and the bot token);
 *   <li>HTTP mode in many workspaces ({@link #oauth}): the signing secret and the app's client id and secret.
 *       Each workspace installs the app through {@code /slack/install}; its bot token is kept in the database,
 *       so there is no bot token here.
 * </ul>
 *
 * {@code apiUrl} overrides the Web API base for tests and proxies.
 *
 * @param signingSecret null in Socket Mode without HTTP
 * @param botToken null when serving many workspaces (each has its own, from its installation)
 * @param appToken null unless Socket Mode is wanted
 * @param apiUrl the Web API base ending in "/", e.g. https://slack.com/api/
 * @param moderators Slack user ids allowed to run /mentor-admin
 * @param http the HTTP endpoint's limits for slow clients (HTTP mode)
 * @param oauth null unless workspaces install the app themselves (OAuth v2)
 */
public record SlackSettings(
        @Nullable String signingSecret,
        @Nullable String botToken,
        @Nullable String appToken,
        URI apiUrl,
        String host,
        int port,
        Set<String> moderators,
        HttpLimits http,
        @Nullable OAuth oauth) {

    public static final URI DEFAULT_API_URL = URI.create("https://slack.com/api/");

    /**
     * The bot scopes asked for when a workspace installs the app, unless SLACK_SCOPES says otherwise: the
     * same as {@code oauth_config.scopes.bot} in deploy/slack-app-manifest.yaml (a test compares them).
     */
    public static final List<String> DEFAULT_SCOPES = List.of("commands");

    /**
     * What installing in many workspaces needs (Slack's OAuth v2).
     *
     * @param clientId the app's Client ID (Basic Information > App Credentials)
     * @param clientSecret the app's Client Secret, sent to Slack only to exchange an install's code for its token
     * @param scopes the bot scopes the install page asks for
     * @param redirectUri the public address of {@code /slack/oauth_redirect}, when the app has several
     *     Redirect URLs and Slack must be told which; null to let Slack use the app's one
     */
    public record OAuth(
            String clientId,
            String clientSecret,
            List<String> scopes,
            @Nullable URI redirectUri) {
        public OAuth {
            scopes = List.copyOf(scopes);
            if (scopes.isEmpty()) throw new IllegalArgumentException("at least one scope is needed");
        }

        @Override
        public String toString() { // never log secrets
            return "OAuth[clientId=" + clientId + ", scopes=" + scopes + ", redirectUri=" + redirectUri + "]";
        }
    }

    public SlackSettings {
        moderators = moderators == null ? Set.of() : Set.copyOf(moderators);
        http = http == null ? HttpLimits.DEFAULT : http;
        if (oauth == null && botToken == null) {
            throw new IllegalArgumentException("a bot token, or OAuth settings to serve many workspaces, is needed");
        }
        if (oauth != null && (botToken != null || appToken != null || signingSecret == null)) {
            throw new IllegalArgumentException(
                    "many workspaces are served over HTTP with the signing secret, without a bot or app token");
        }
    }

    /** Settings for one workspace (HTTP or Socket Mode), with these HTTP limits. */
    public SlackSettings(
            @Nullable String signingSecret,
            String botToken,
            @Nullable String appToken,
            URI apiUrl,
            String host,
            int port,
            Set<String> moderators,
            HttpLimits http) {
        this(signingSecret, botToken, appToken, apiUrl, host, port, moderators, http, null);
    }

    /** Settings for one workspace with the default HTTP limits. */
    public SlackSettings(
            @Nullable String signingSecret,
            String botToken,
            @Nullable String appToken,
            URI apiUrl,
            String host,
            int port,
            Set<String> moderators) {
        this(signingSecret, botToken, appToken, apiUrl, host, port, moderators, HttpLimits.DEFAULT, null);
    }

    /** Settings for one workspace with no moderators. */
    public SlackSettings(
            @Nullable String signingSecret,
            String botToken,
            @Nullable String appToken,
            URI apiUrl,
            String host,
            int port) {
        this(signingSecret, botToken, appToken, apiUrl, host, port, Set.of(), HttpLimits.DEFAULT, null);
    }

    /** Settings for serving every workspace that installs the app, over HTTP, with the default HTTP limits. */
    public static SlackSettings manyWorkspaces(
            String signingSecret, OAuth oauth, URI apiUrl, String host, int port, Set<String> moderators) {
        return new SlackSettings(signingSecret, null, null, apiUrl, host, port, moderators, HttpLimits.DEFAULT, oauth);
    }

    /** These settings with other HTTP limits. */
    public SlackSettings withHttp(HttpLimits limits) {
        return new SlackSettings(signingSecret, botToken, appToken, apiUrl, host, port, moderators, limits, oauth);
    }

    public boolean socketMode() {
        return appToken != null;
    }

    /** True when workspaces install the app through the OAuth pages and each request uses its own token. */
    public boolean manyWorkspaces() {
        return oauth != null;
    }

    @Override
    public String toString() { // never log secrets
        return "SlackSettings[mode=" + (socketMode() ? "socket" : manyWorkspaces() ? "http, many workspaces" : "http")
                + ", apiUrl=" + apiUrl + ", host=" + host + ", port=" + port + ", moderators=" + moderators.size()
                + (oauth == null ? "" : ", " + oauth) + "]";
    }
}

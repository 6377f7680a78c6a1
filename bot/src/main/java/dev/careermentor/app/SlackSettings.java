package dev.careermentor.app;

import java.net.URI;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How to reach Slack. HTTP mode needs the signing secret and the bot token; Socket Mode needs the
 * app-level token (and the bot token). {@code apiUrl} overrides the Web API base for tests and proxies.
 *
 * @param signingSecret null in Socket Mode without HTTP
 * @param appToken null unless Socket Mode is wanted
 * @param apiUrl the Web API base ending in "/", e.g. https://slack.com/api/
 * @param moderators Slack user ids allowed to run /mentor-admin
 * @param http the HTTP endpoint's limits for slow clients (HTTP mode)
 */
public record SlackSettings(
        @Nullable String signingSecret,
        String botToken,
        @Nullable String appToken,
        URI apiUrl,
        String host,
        int port,
        Set<String> moderators,
        HttpLimits http) {

    public static final URI DEFAULT_API_URL = URI.create("https://slack.com/api/");

    public SlackSettings {
        moderators = moderators == null ? Set.of() : Set.copyOf(moderators);
        http = http == null ? HttpLimits.DEFAULT : http;
    }

    /** Settings with the default HTTP limits. */
    public SlackSettings(
            @Nullable String signingSecret,
            String botToken,
            @Nullable String appToken,
            URI apiUrl,
            String host,
            int port,
            Set<String> moderators) {
        this(signingSecret, botToken, appToken, apiUrl, host, port, moderators, HttpLimits.DEFAULT);
    }

    /** These settings with other HTTP limits. */
    public SlackSettings withHttp(HttpLimits limits) {
        return new SlackSettings(signingSecret, botToken, appToken, apiUrl, host, port, moderators, limits);
    }

    /** Settings with no moderators. */
    public SlackSettings(
            @Nullable String signingSecret,
            String botToken,
            @Nullable String appToken,
            URI apiUrl,
            String host,
            int port) {
        this(signingSecret, botToken, appToken, apiUrl, host, port, Set.of(), HttpLimits.DEFAULT);
    }

    public boolean socketMode() {
        return appToken != null;
    }

    @Override
    public String toString() { // never log secrets
        return "SlackSettings[mode=" + (socketMode() ? "socket" : "http") + ", apiUrl=" + apiUrl + ", host=" + host
                + ", port=" + port + ", moderators=" + moderators.size() + "]";
    }
}

package dev.careermentor.slack;

import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which response_url a click may be answered through: Slack's own hosts over https
 * ({@code hooks.slack.com} and any {@code *.slack.com}), and the origin of a non-default
 * {@code SLACK_API_URL}, which is how tests and proxies put a stand-in in Slack's place. A signed payload
 * carrying any other address is refused rather than made to post wherever it points.
 */
final class ResponseUrls {
    private final @Nullable URI standIn;

    /** @param apiUrl the Web API base in use; its origin is allowed when it is not Slack's own */
    ResponseUrls(URI apiUrl) {
        String host = apiUrl.getHost();
        this.standIn = host != null && !slackHost(host) ? apiUrl : null;
    }

    boolean allowed(@Nullable String responseUrl) {
        if (responseUrl == null) return false;
        URI u;
        try {
            u = new URI(responseUrl);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
        String host = u.getHost();
        if (host == null || u.getRawUserInfo() != null) return false;
        if ("https".equalsIgnoreCase(u.getScheme()) && slackHost(host) && (u.getPort() == -1 || u.getPort() == 443)) {
            return true;
        }
        URI s = standIn;
        return s != null
                && s.getScheme().equalsIgnoreCase(u.getScheme())
                && s.getHost().equalsIgnoreCase(host)
                && port(s) == port(u);
    }

    private static boolean slackHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("slack.com") || h.endsWith(".slack.com");
    }

    private static int port(URI u) {
        if (u.getPort() != -1) return u.getPort();
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }
}

package dev.careermentor.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An installer's browser against the bot's install pages, with the stand-in playing Slack's authorize page:
 * open {@code /slack/install}, follow the "Add to Slack" link (the stand-in hands out a code for the
 * workspace), come back to {@code /slack/oauth_redirect} with the code, the state and the state's cookie.
 */
final class InstallBrowser {
    private static final Pattern AUTHORIZE = Pattern.compile("href=\"(https://slack\\.com/oauth/v2/authorize[^\"]*)\"");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final FakeSlack slack;

    InstallBrowser(int port, FakeSlack slack) {
        this.port = port;
        this.slack = slack;
    }

    /** The browser's half-way point: Slack's authorize link, and the state cookie that came with it. */
    record Started(URI authorize, Map<String, String> query, String cookie) {
        String state() {
            return query.get("state");
        }
    }

    URI bot(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(bot(path)).timeout(Duration.ofSeconds(10));
        if (cookie != null) b.header("Cookie", cookie);
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What the bot answers a request line no well-behaved client would send: its status line. */
    String raw(String requestLine) throws Exception {
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            return new java.io.BufferedReader(
                            new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    /** Opens the install page and reads what the "Add to Slack" button and the cookie carry. */
    Started startInstall() throws Exception {
        HttpResponse<String> page = get("/slack/install", null);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("Add to Slack"), page.body());
        Matcher m = AUTHORIZE.matcher(page.body());
        assertTrue(m.find(), page.body());
        URI authorize = URI.create(m.group(1).replace("&amp;", "&"));
        Map<String, String> query = new java.util.LinkedHashMap<>();
        for (String pair : authorize.getRawQuery().split("&", -1)) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
        }
        String setCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("Secure"), setCookie);
        assertTrue(setCookie.contains("Max-Age=600"), setCookie);
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        assertEquals("slack-app-oauth-state=" + query.get("state"), cookie, "the link's state is the cookie's");
        return new Started(authorize, query, cookie);
    }

    /** Slack sends the browser back with the code, as it does after Allow. */
    HttpResponse<String> finishInstall(Started started, String code, String cookie) throws Exception {
        return get(
                "/slack/oauth_redirect?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&state="
                        + URLEncoder.encode(started.state(), StandardCharsets.UTF_8),
                cookie);
    }

    HttpResponse<String> install(FakeSlack.Workspace workspace) throws Exception {
        Started started = startInstall();
        return finishInstall(started, slack.authorize(workspace), started.cookie());
    }
}

package dev.careermentor.slack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ResponseUrlsTest {
    private final ResponseUrls slackOnly = new ResponseUrls(URI.create("https://slack.com/api/"));
    private final ResponseUrls withStandIn = new ResponseUrls(URI.create("http://127.0.0.1:8123/api/"));

    @Test
    void slacksOwnHostsOverHttpsAreAllowed() {
        assertTrue(slackOnly.allowed("https://hooks.slack.com/actions/T1/123/abc"));
        assertTrue(slackOnly.allowed("https://hooks.slack.com:443/actions/T1/123/abc"));
        assertTrue(slackOnly.allowed("https://files.slack.com/x"));
    }

    @Test
    void anyOtherAddressIsRefused() {
        for (String url : new String[] {
            "http://hooks.slack.com/actions/T1/123/abc", // not https
            "https://hooks.slack.com.evil.example/x",
            "https://evilslack.com/x",
            "https://user@hooks.slack.com/x",
            "https://hooks.slack.com:8443/x",
            "http://127.0.0.1:8123/respond/x", // a loopback stand-in is not allowed unless configured
            "http://169.254.169.254/latest/meta-data/",
            "not a url",
            "",
        }) {
            assertFalse(slackOnly.allowed(url), url);
        }
        assertFalse(slackOnly.allowed(null));
    }

    @Test
    void aNonDefaultApiUrlAllowsItsOwnOriginOnly() {
        assertTrue(withStandIn.allowed("http://127.0.0.1:8123/respond/quiz"));
        assertTrue(withStandIn.allowed("https://hooks.slack.com/actions/T1/123/abc"), "Slack stays allowed");
        assertFalse(withStandIn.allowed("http://127.0.0.1:8124/respond/quiz"), "another port");
        assertFalse(withStandIn.allowed("https://127.0.0.1:8123/respond/quiz"), "another scheme");
        assertFalse(withStandIn.allowed("http://localhost.evil/respond"), "another host");
    }
}

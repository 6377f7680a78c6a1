package dev.careermentor.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slack.api.app_backend.SlackSignature;
import dev.careermentor.slack.SlackSignatures.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SlackSignaturesTest {
    // Slack's worked example from "Verifying requests from Slack"
    // (https://api.slack.com/authentication/verifying-requests-from-slack).
    static final String DOC_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String DOC_TIMESTAMP = "1531420618";
    static final String DOC_BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
            + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner"
            + "&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands"
            + "%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
            + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    static final String DOC_SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static final long T = Long.parseLong(DOC_TIMESTAMP);
    private final SlackSignatures atDocTime = new SlackSignatures(DOC_SECRET, at(T));

    @Test
    void signsSlacksPublishedExampleExactly() {
        assertEquals(DOC_SIGNATURE, atDocTime.sign(DOC_TIMESTAMP, bytes(DOC_BODY)));
    }

    @Test
    void verifiesSlacksPublishedExample() {
        assertEquals(Verdict.VALID, atDocTime.verify(DOC_TIMESTAMP, DOC_SIGNATURE, bytes(DOC_BODY)));
    }

    @Test
    void agreesWithBoltsOwnGenerator() {
        String body = "text=%3C%21channel%3E+caf%C3%A9&user_id=U1";
        assertEquals(
                new SlackSignature.Generator(DOC_SECRET).generate(DOC_TIMESTAMP, body),
                atDocTime.sign(DOC_TIMESTAMP, bytes(body)));
    }

    @Test
    void refusesAChangedBodyTheWrongSecretAndMalformedSignatures() {
        assertEquals(Verdict.MISMATCH, atDocTime.verify(DOC_TIMESTAMP, DOC_SIGNATURE, bytes(DOC_BODY + "&x=1")));
        assertEquals(
                Verdict.MISMATCH,
                new SlackSignatures("another-secret", at(T)).verify(DOC_TIMESTAMP, DOC_SIGNATURE, bytes(DOC_BODY)));
        String hex = DOC_SIGNATURE.substring(3);
        for (String bad : new String[] {
            "v1=" + hex,
            hex,
            "v0=" + hex.substring(2),
            "v0=" + hex + "00",
            "v0=" + "zz" + hex.substring(2),
            "v0=" + hex.toUpperCase(java.util.Locale.ROOT).replace('A', 'B')
        }) {
            assertEquals(Verdict.MISMATCH, atDocTime.verify(DOC_TIMESTAMP, bad, bytes(DOC_BODY)), bad);
        }
    }

    @Test
    void acceptsUpperCaseHexAsTheSameSignature() {
        assertEquals(
                Verdict.VALID,
                atDocTime.verify(
                        DOC_TIMESTAMP,
                        "v0=" + DOC_SIGNATURE.substring(3).toUpperCase(java.util.Locale.ROOT),
                        bytes(DOC_BODY)));
    }

    @Test
    void refusesMissingOrNonNumericTimestamps() {
        assertEquals(Verdict.MISSING, atDocTime.verify(null, DOC_SIGNATURE, bytes(DOC_BODY)));
        assertEquals(Verdict.MISSING, atDocTime.verify(DOC_TIMESTAMP, null, bytes(DOC_BODY)));
        assertEquals(Verdict.MISSING, atDocTime.verify(" ", DOC_SIGNATURE, bytes(DOC_BODY)));
        assertEquals(Verdict.BAD_TIMESTAMP, atDocTime.verify("yesterday", DOC_SIGNATURE, bytes(DOC_BODY)));
    }

    @Test
    void acceptsFiveMinutesEitherWayAndNotASecondMore() {
        for (long skew : new long[] {-300, 300}) {
            SlackSignatures s = new SlackSignatures(DOC_SECRET, at(T + skew));
            assertEquals(Verdict.VALID, s.verify(DOC_TIMESTAMP, DOC_SIGNATURE, bytes(DOC_BODY)), "clock " + skew);
        }
        // The clock 301 s after the request: stale. 301 s before it: the request claims to come from the future.
        assertEquals(
                Verdict.STALE,
                new SlackSignatures(DOC_SECRET, at(T + 301)).verify(DOC_TIMESTAMP, DOC_SIGNATURE, bytes(DOC_BODY)));
        assertEquals(
                Verdict.FUTURE,
                new SlackSignatures(DOC_SECRET, at(T - 301)).verify(DOC_TIMESTAMP, DOC_SIGNATURE, bytes(DOC_BODY)));
    }

    private static Clock at(long epochSecond) {
        return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

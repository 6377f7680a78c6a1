package dev.careermentor.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Slack's v0 request signature: {@code "v0=" + hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body))}.
 * Checked before Bolt sees a request, adding what Bolt's own check lacks: timestamps too far in the
 * future are refused as well as stale ones, and the comparison takes the same time wherever the
 * signatures differ, so response timing reveals nothing about the expected value.
 */
public final class SlackSignatures {
    /** Slack's documented replay window, applied both ways. */
    public static final Duration MAX_SKEW = Duration.ofMinutes(5);

    private static final String VERSION = "v0";
    private static final String ALGORITHM = "HmacSHA256";

    public enum Verdict {
        VALID("valid"),
        MISSING("missing X-Slack-Request-Timestamp or X-Slack-Signature"),
        BAD_TIMESTAMP("X-Slack-Request-Timestamp is not a number of seconds"),
        STALE("request timestamp is more than 5 minutes old"),
        FUTURE("request timestamp is more than 5 minutes in the future"),
        MISMATCH("signature does not match");

        private final String reason;

        Verdict(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private final SecretKeySpec key;
    private final Clock clock;

    public SlackSignatures(String signingSecret, Clock clock) {
        if (signingSecret == null || signingSecret.isEmpty()) {
            throw new IllegalArgumentException("a signing secret is required");
        }
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.clock = clock;
    }

    /** The X-Slack-Signature value Slack would send for this timestamp and raw body. */
    public String sign(String timestamp, byte[] body) {
        return VERSION + "=" + HexFormat.of().formatHex(mac(timestamp, body));
    }

    public Verdict verify(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null || timestamp.isBlank() || signature.isBlank()) {
            return Verdict.MISSING;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return Verdict.BAD_TIMESTAMP;
        }
        long now = clock.instant().getEpochSecond();
        if (seconds < now - MAX_SKEW.toSeconds()) return Verdict.STALE;
        if (seconds > now + MAX_SKEW.toSeconds()) return Verdict.FUTURE;
        byte[] given = decode(signature.strip());
        byte[] expected = mac(timestamp.strip(), body);
        // isEqual compares every byte whatever the first difference; a wrong-length value still
        // gets compared against the expected MAC so that branch costs the same.
        boolean same = MessageDigest.isEqual(expected, given == null ? new byte[expected.length] : given);
        return same && given != null ? Verdict.VALID : Verdict.MISMATCH;
    }

    private static byte @Nullable [] decode(String signature) {
        String prefix = VERSION + "=";
        if (!signature.startsWith(prefix) || signature.length() != prefix.length() + 64) return null;
        try {
            return HexFormat.of().parseHex(signature, prefix.length(), signature.length());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private byte[] mac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM); // not thread-safe, and cheap to create
            mac.init(key);
            mac.update((VERSION + ":" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}

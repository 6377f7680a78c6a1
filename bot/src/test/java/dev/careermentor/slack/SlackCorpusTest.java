package dev.careermentor.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careermentor.Fixtures;
import dev.careermentor.Root;
import dev.careermentor.app.MentorApp;
import dev.careermentor.app.SlackSettings;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.session.Cooldowns;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The Slack part of the bad-input corpus: generated and hand-made hostile HTTP requests against the real
 * {@link SlackAdapter} and the real Bolt app on 127.0.0.1, over a production-like app (the real knowledge,
 * a Prometheus registry, the default cooldowns, moderation in a temporary folder). Requests are written
 * byte for byte on a socket, so any header can be removed, doubled, forged or mis-cased and the body need
 * not match its Content-Length. Mutated bodies are sent signed correctly, so they get past the signature
 * check and reach Bolt, and also signed for the body before the mutation, which must be refused.
 *
 * <p>For every case: the status is one the case allows and never 500; no exception escapes (nothing is
 * logged at ERROR and no server thread dies); every JSON answer and every response_url post is within
 * Block Kit's limits ({@link BlockKitLimits}) and cannot mention anyone. After the whole corpus the bot
 * still answers correctly. Every user id is fresh, so the per-user cooldowns hide nothing, except in the
 * one deliberate flood. Seeds are fixed, so a failure reproduces.
 */
class SlackCorpusTest {
    private static final String TEAM = SlackTestClient.TEAM;
    private static final String MODERATOR = "U0CORPUSMOD";
    private static final String RUN_HELP = "cm1:r:help";
    private static final int HUGE_HEADER = 32 * 1024;

    private static final String SIG = "X-Slack-Signature";
    private static final String TS = "X-Slack-Request-Timestamp";
    private static final String CT = "Content-Type";
    private static final String CL = "Content-Length";
    private static final String RETRY_NUM = "X-Slack-Retry-Num";
    private static final String RETRY_REASON = "X-Slack-Retry-Reason";
    private static final String FORM = "application/x-www-form-urlencoded";

    /** Text a user might type or a client might send: control, RTL, zero-width, mentions, markup, sizes. */
    static final String[] HOSTILE = {
        "",
        " ",
        "\t",
        "\u0000",
        "\u0007bell",
        "\u001b[31mred",
        "line\r\nbreak",
        "\u202Ereversed\u202C",
        "\u2067isolate\u2069",
        "zero\u200Bwidth\u200D\u2060joiner",
        "\uFEFFbom",
        "\u00A0nbsp",
        "\uD83D",
        "\uDC00x",
        "<!channel>",
        "<!here>",
        "<!everyone>",
        "<@U123>",
        "<@U0ALICE|alice>",
        "<!subteam^S123|team>",
        "<#C0123|general>",
        "@here",
        "@channel",
        "@everyone",
        "<https://evil.example|click me>",
        "&lt;!channel&gt;",
        "&amp;&lt;&gt;",
        "<<!channel>>",
        "<!channel",
        "!channel>",
        "*bold* _it_ ~strike~ `code` ```block```",
        "> quote",
        "<script>alert(1)</script>",
        "'; DROP TABLE users; --",
        "../../../etc/passwd",
        "${jndi:ldap://x/a}",
        "%s%n%x",
        "{{7*7}}",
        "\\u003c!channel\\u003e",
        "<!here>", // once spelled with Java unicode escapes for < and >, which Java reads as this very text
        "🙂🙂🙂",
        "👩‍💻",
        "Ｓｅｒｖｉｎｇ",
        "SERVİNG",
        "serv\u0301ing",
        "مرحبا بالعالم",
        "שלום עולם",
        "こんにちは",
        "ﷺ",
        "x".repeat(3001),
        "word ".repeat(700),
        "-1",
        "999999999999999999999",
        "NaN",
        "null",
        "[]",
        "{}",
        "\"",
        "\\",
        "%",
        "+",
        "cm1:q:AAAAAA:BBBBBBBB:CCCCCC::a0",
        "/mentor /mentor",
        "serving <!channel> senior",
    };

    @TempDir
    Path tmp;

    private PrometheusMeterRegistry registry;
    private MentorApp app;
    private FakeSlack slack;
    private SlackAdapter adapter;
    private final SlackSignatures signer = new SlackSignatures(SlackTestClient.SECRET, Clock.systemUTC());
    private final AtomicInteger cases = new AtomicInteger();
    private final AtomicInteger posts = new AtomicInteger();
    private final AtomicLong ids = new AtomicLong();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final AtomicInteger failureCount = new AtomicInteger();
    /** response_url paths that must get exactly one post: the well-formed clicks the bot acknowledged. */
    private final Set<String> awaited = ConcurrentHashMap.newKeySet();

    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private final Map<String, Level> savedLevels = new HashMap<>();
    private ListAppender<ILoggingEvent> errors;
    private Thread.UncaughtExceptionHandler savedHandler;
    private long startedNanos;
    /** Per group of cases, how many got each outcome: printed when -Dslack.corpus.verbose=true. */
    private final Map<String, Map<String, Integer>> outcomes = new TreeMap<>();

    private String shareId;
    private String outdatedId;
    private String runId;

    @BeforeEach
    void start() throws Exception {
        startedNanos = System.nanoTime();
        quietLogs();
        Path knowledge = Files.createDirectories(tmp.resolve("knowledge"));
        Files.copy(Fixtures.knowledgeDir().resolve("knowledge.yaml"), knowledge.resolve("knowledge.yaml"));
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        app = Root.system(Map.of())
                .app(Fixtures.real())
                .metrics(registry)
                .cooldowns(Cooldowns.Settings.DEFAULT)
                .moderation(knowledge, tmp.resolve("data"), null)
                .build();
        slack = new FakeSlack();
        SlackSettings settings = new SlackSettings(
                SlackTestClient.SECRET, "xoxb-test-token", null, slack.apiUrl(), "127.0.0.1", 0, Set.of(MODERATOR));
        // One responder thread posts click answers in click order, so a marker click settles all before it.
        adapter = Root.system(Map.of()).slack(settings, app.mentor(), Executors.newSingleThreadExecutor());
        adapter.start();

        User probe = new User(Surface.SLACK, TEAM, "U0PROBE");
        Reply answer = app.mentor().handleText(probe, "salary serving senior");
        shareId = button(answer, Button.Kind.SHARE);
        outdatedId = button(answer, Button.Kind.FEEDBACK);
        runId = button(app.mentor().handleText(probe, "specialization servng"), Button.Kind.SUGGESTION);
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (adapter != null) adapter.stop(Duration.ofSeconds(2));
            if (slack != null) slack.close();
            if (app != null) app.close();
        } finally {
            restoreLogs();
            if (Boolean.getBoolean("slack.corpus.verbose")) {
                outcomes.forEach((group, counts) -> System.out.println("  " + group + " " + counts));
            }
            if (Boolean.getBoolean("slack.corpus.verbose")) {
                System.out.printf(
                        "  %d response_url posts checked, %.1f s%n",
                        posts.get(), (System.nanoTime() - startedNanos) / 1e9);
            }
        }
    }

    /**
     * How every test ends: all click answers posted and checked, the bot still answering a command and a
     * whole quiz correctly, nothing logged at ERROR, no thread dead, no case failed, and at least {@code
     * atLeast} cases sent.
     */
    private void assertSettled(String what, int atLeast) throws Exception {
        settle();
        assertStillAnswersCorrectly();
        List<String> logged = errors.list.stream()
                .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()
                        + (e.getThrowableProxy() == null
                                ? ""
                                : " " + e.getThrowableProxy().getClassName() + ": "
                                        + e.getThrowableProxy().getMessage()))
                .toList();
        errors.list.clear();
        assertTrue(logged.isEmpty(), "logged at ERROR: " + logged);
        assertTrue(uncaught.isEmpty(), "server threads died: " + uncaught);
        assertTrue(failures.isEmpty(), failureCount.get() + " failures, the first: " + String.join("\n", failures));
        assertTrue(awaited.isEmpty(), "acknowledged clicks never answered through response_url: " + awaited);
        System.out.println("slack corpus, " + what + ": " + cases.get() + " cases");
        assertTrue(cases.get() >= atLeast, "at least " + atLeast + " cases: " + cases.get());
    }

    // ------------------------------------------------------------------------------------------------
    // The corpus

    enum Kind {
        COMMAND,
        QUIZ,
        SHARE,
        OUTDATED,
        RUN
    }

    @Test
    void everyHeaderRemovedEmptiedGarbledDoubledHugeOrMiscased() throws Exception {
        String[] headers = {SIG, TS, CT, CL, RETRY_NUM, RETRY_REASON};
        String[] mutations = {
            "removed",
            "emptied",
            "garbage",
            "duplicated",
            "garbage-first",
            "garbage-second",
            "huge",
            "lower-case",
            "upper-case"
        };
        for (Kind kind : Kind.values()) {
            for (String header : headers) {
                for (String mutation : mutations) {
                    Base base = base(kind);
                    Req req = signed(base.body);
                    if (header.startsWith("X-Slack-Retry")) {
                        req.header(RETRY_NUM, "1").header(RETRY_REASON, "http_timeout");
                    }
                    String value = req.first(header);
                    String garbage = header.equals(CL) ? "twelve" : "garbage \u00e9 !@#$%^&*() v0=";
                    switch (mutation) {
                        case "removed" -> req.remove(header);
                        case "emptied" -> req.set(header, "");
                        case "garbage" -> req.set(header, garbage);
                        case "duplicated" -> req.header(header, value);
                        case "garbage-first" ->
                            req.remove(header).header(header, garbage).header(header, value);
                        case "garbage-second" -> req.header(header, garbage);
                        case "huge" -> req.set(header, huge(header, value));
                        case "lower-case" -> req.remove(header).header(header.toLowerCase(Locale.ROOT), value);
                        case "upper-case" -> req.remove(header).header(header.toUpperCase(Locale.ROOT), value);
                        default -> throw new IllegalStateException(mutation);
                    }
                    send(
                            "header " + header + " " + mutation + " " + kind,
                            req,
                            headerExpectation(header, mutation, base));
                }
            }
        }
        assertSettled("everyHeaderRemovedEmptiedGarbledDoubledHugeOrMiscased", 240);
    }

    private String huge(String header, String value) {
        return switch (header) {
            case SIG -> "v0=" + "ab".repeat(HUGE_HEADER / 2);
            case TS -> "1".repeat(HUGE_HEADER);
            case CL -> "0".repeat(HUGE_HEADER) + value; // a valid number: leading zeros
            default -> value + " " + "9".repeat(HUGE_HEADER);
        };
    }

    private Expect headerExpectation(String header, String mutation, Base base) {
        boolean fine = switch (mutation) {
            case "duplicated", "garbage-second", "lower-case", "upper-case" -> true;
            default -> false;
        };
        return switch (header) {
            case SIG, TS -> fine ? answered(base) : refused();
            case CT, RETRY_NUM, RETRY_REASON -> answered(base);
            case CL ->
                switch (mutation) {
                    // Without a length the server reads no body: the signature then cannot match.
                    case "removed" -> refused();
                    // The HTTP server refuses an unreadable or repeated length itself ("conflicting headers").
                    case "emptied", "garbage", "garbage-first", "garbage-second", "duplicated" -> status(400);
                    default -> answered(base);
                };
            default -> throw new IllegalStateException(header);
        };
    }

    @Test
    void timestampsInThePastFutureNonNumericAndHuge() throws Exception {
        long now = Clock.systemUTC().instant().getEpochSecond();
        Map<String, Boolean> timestamps = new LinkedHashMap<>(); // value -> accepted
        // Five minutes either way is the window; the margins leave room for the seconds the test takes.
        for (long skew : new long[] {-10 * 365 * 86400L, -86400, -3600, -302, 330, 3600, 86400, 1_000_000_000L}) {
            timestamps.put(Long.toString(now + skew), false);
        }
        for (long skew : new long[] {-270, -60, 0, 60, 290}) timestamps.put(Long.toString(now + skew), true);
        for (String t : new String[] {
            "0",
            "-1",
            "1",
            Long.toString(Long.MAX_VALUE),
            Long.toString(Long.MIN_VALUE),
            "99999999999999999999",
            "-99999999999999999999",
            "abc",
            "now",
            now + ".0",
            now + "e0",
            "1.7e9",
            "0x" + Long.toHexString(now),
            now + "abc",
            "abc" + now,
            now + "," + now,
            "- " + now,
            "" + now * 1000,
            "" + now / 1000,
            "١٢٣",
            "NaN",
            "Infinity",
            "\u0000" + now,
            now + "\u0000",
            "9".repeat(400)
        }) {
            timestamps.put(t, false);
        }
        timestamps.put("+" + now, true); // Long.parseLong reads a plus sign, Bolt too: harmless, still signed
        timestamps.put("000" + now, true);
        for (Kind kind : Kind.values()) {
            for (Map.Entry<String, Boolean> t : timestamps.entrySet()) {
                Base base = base(kind);
                byte[] body = bytes(base.body);
                Req req = request(body).header(TS, t.getKey()).header(SIG, signer.sign(t.getKey(), body));
                // A NUL is not allowed in a header value: the HTTP server refuses it (400) before the bot sees it.
                Expect expect = t.getValue() ? answered(base) : t.getKey().contains("\u0000") ? status(400) : refused();
                send("timestamp " + t.getKey() + " " + kind, req, expect);
            }
        }
        assertSettled("timestampsInThePastFutureNonNumericAndHuge", 180);
    }

    @Test
    void signaturesWrongTruncatedMisversionedOrUppercase() throws Exception {
        Random random = new Random(3);
        for (Kind kind : Kind.values()) {
            Base base = base(kind);
            String ts = now();
            String good = signer.sign(ts, bytes(base.body));
            String hex = good.substring(3);
            Map<String, String> signatures = new LinkedHashMap<>();
            signatures.put("random", "v0=" + randomHex(random, 64));
            signatures.put("zeros", "v0=" + "0".repeat(64));
            signatures.put("truncated-63", good.substring(0, good.length() - 1));
            signatures.put("truncated-32", good.substring(0, 35));
            signatures.put("truncated-1", good.substring(0, 4));
            signatures.put("prefix-only", "v0=");
            signatures.put("no-prefix", hex);
            signatures.put("v1", "v1=" + hex);
            signatures.put("V0", "V0=" + hex);
            signatures.put("v0-colon", "v0:" + hex);
            signatures.put("v00", "v00=" + hex);
            signatures.put("uppercase", "v0=" + hex.toUpperCase(Locale.ROOT)); // Bolt compares text: refused
            signatures.put("half-uppercase", "v0=" + hex.substring(0, 32).toUpperCase(Locale.ROOT) + hex.substring(32));
            signatures.put("extended", good + "00");
            signatures.put("doubled", good + good.substring(3));
            signatures.put("two-values", good + ", " + good);
            signatures.put("non-hex", "v0=" + "zz".repeat(32));
            signatures.put("one-bit", "v0=" + flipHexDigit(hex, random));
            signatures.put("sha1-length", "v0=" + hex.substring(0, 40));
            signatures.put(
                    "base64",
                    "v0="
                            + java.util.Base64.getEncoder()
                                    .encodeToString(java.util.HexFormat.of().parseHex(hex)));
            signatures.put(
                    "other-secret",
                    new SlackSignatures("not-the-secret", Clock.systemUTC()).sign(ts, bytes(base.body)));
            signatures.put("other-timestamp", signer.sign(Long.toString(Long.parseLong(ts) - 1), bytes(base.body)));
            signatures.put("other-body", signer.sign(ts, bytes(base.body + "&x=1")));
            signatures.put("empty-body-signature", signer.sign(ts, new byte[0]));
            for (Map.Entry<String, String> s : signatures.entrySet()) {
                Req req = request(bytes(base.body)).header(TS, ts).header(SIG, s.getValue());
                send("signature " + s.getKey() + " " + kind, req, refused());
            }
            // Whitespace around the value is not part of it (HTTP trims header values).
            Base again = base(kind);
            String ts2 = now();
            send(
                    "signature padded " + kind,
                    request(bytes(again.body))
                            .header(TS, ts2)
                            .header(SIG, "  " + signer.sign(ts2, bytes(again.body)) + "\t"),
                    answered(again));
        }
        assertSettled("signaturesWrongTruncatedMisversionedOrUppercase", 110);
    }

    @Test
    void bodiesTruncatedAtManyPositions() throws Exception {
        Random random = new Random(4);
        for (Kind kind : Kind.values()) {
            int length = bytes(base(kind).body).length;
            java.util.TreeSet<Integer> cuts =
                    new java.util.TreeSet<>(List.of(0, 1, 2, 3, 7, 8, 9, length - 3, length - 2, length - 1));
            for (int i = 1; i < 40; i++) cuts.add(length * i / 40);
            while (cuts.size() < 60) cuts.add(random.nextInt(length));
            for (int cut : cuts) {
                Base base = base(kind);
                byte[] full = bytes(base.body);
                int at = Math.min(cut, full.length - 1);
                byte[] body = Arrays.copyOf(full, at);
                // A cut body is either still a valid request (a command whose text lost its end) or a bad one.
                send("truncated " + kind + " signed", signed(body), status(200, 400));
                String ts = now();
                send(
                        "truncated " + kind + " signed-for-full",
                        request(body).header(TS, ts).header(SIG, signer.sign(ts, full)),
                        refused());
            }
        }
        assertSettled("bodiesTruncatedAtManyPositions", 540);
    }

    @Test
    void bodiesWithFlippedBytes() throws Exception {
        Random random = new Random(5);
        for (Kind kind : Kind.values()) {
            for (int i = 0; i < 80; i++) {
                Base base = base(kind);
                byte[] body = bytes(base.body);
                int[] guarded = responseUrlRange(base.body);
                int flips = 1 + random.nextInt(3);
                for (int f = 0; f < flips; f++) {
                    int at;
                    do {
                        at = random.nextInt(body.length);
                    } while (at >= guarded[0] && at < guarded[1]); // never send an answer somewhere else
                    body[at] ^= (byte) (1 << random.nextInt(8));
                }
                // Bolt verifies the signature again over the body decoded as UTF-8, so bytes that are not
                // UTF-8 no longer match for it: refused, which is as good as a 400.
                Expect expect = utf8(body) ? status(200, 400) : status(200, 400, 401);
                send("flipped " + kind + " signed", signed(body), expect);
                if (i % 4 == 0) {
                    String ts = now();
                    send(
                            "flipped " + kind + " signed-for-original",
                            request(body).header(TS, ts).header(SIG, signer.sign(ts, bytes(base.body))),
                            refused());
                }
            }
        }
        assertSettled("bodiesWithFlippedBytes", 450);
    }

    @Test
    void brokenUrlEncodingAndOtherBodyShapes() throws Exception {
        for (String text : new String[] {
            "%",
            "%Z",
            "%ZZ",
            "%2",
            "%%",
            "%00",
            "%FF%FE",
            "%C3%28",
            "%E2%80%AE",
            "%F0%9F%99%82",
            "%ED%A0%80",
            "+++",
            "a=b=c",
            "%2525",
            "%u003C",
            "%3C%21channel%3E",
            "&",
            "&&&=&="
        }) {
            String user = freshUser();
            Map<String, String> form = commandForm(user, "salary");
            String body = form(form).replace("text=salary", "text=" + text);
            send("url-encoding command text " + text, signed(body), status(200, 400));
        }
        String click = base(Kind.SHARE).body;
        String json = URLDecoder.decode(click.substring("payload=".length()));
        Map<String, Expect> bodies = new LinkedHashMap<>();
        bodies.put("", status(400));
        bodies.put("payload", status(400));
        bodies.put("payload=", status(400));
        bodies.put("payload==", status(400));
        bodies.put("payload=%", status(400));
        bodies.put("payload=%ZZ", status(400));
        bodies.put("payload=%7B", status(400));
        bodies.put("payload=%7B%7D", status(400));
        bodies.put("payload=%5B%5D", status(400));
        bodies.put("payload=null", status(400));
        bodies.put("payload=1", status(400));
        bodies.put("payload=true", status(400));
        bodies.put("payload=%22block_actions%22", status(400));
        bodies.put("payload=%7B%22type%22%3Anull%7D", status(400));
        bodies.put("payload=%7B%22type%22%3A%5B%5D%7D", status(400));
        bodies.put("payload=%7B%22type%22%3A%7B%7D%7D", status(400));
        bodies.put("payload=%7B%22type%22%3A%22view_submission%22%7D", status(400));
        bodies.put("payload=%7B%22type%22%3A%22event_callback%22%7D", status(400));
        bodies.put("payload=%7B%22type%22%3A%22shortcut%22%7D", status(400));
        bodies.put("payload=" + json, status(200, 400)); // not URL-encoded at all
        bodies.put(json, status(400)); // raw JSON that is not an Events API type
        bodies.put("{\"type\":\"event_callback\"}", status(400));
        bodies.put(
                "{\"type\":\"event_callback\",\"event\":{\"type\":\"app_mention\",\"text\":\"<!channel>\"}}",
                status(200));
        bodies.put("{\"type\":\"url_verification\",\"challenge\":\"abc123\"}", status(200));
        bodies.put("[1,2,3]", status(400));
        bodies.put("ssl_check=1&token=x", status(200));
        bodies.put("command=%2Fmentor", status(400));
        bodies.put("command=%2Fother&team_id=T&user_id=U&text=help", status(200));
        bodies.put("command=&text=help", status(400));
        bodies.put(
                "x=1&payload="
                        + URLEncoder.encode(
                                json.replace("\"type\":\"block_actions\"", "\"type\":\"nope\""), StandardCharsets.UTF_8)
                        + "&" + click.substring(click.indexOf('=') + 1),
                status(400));
        for (Map.Entry<String, Expect> b : bodies.entrySet()) {
            send("body shape " + abbreviate(b.getKey()), signed(b.getKey()), b.getValue());
        }
        // The payload field's name itself encoded, extra fields around it, + for spaces: still a click.
        for (String shape : new String[] {
            "%70ayload=%s", "a=b&payload=%s", "payload=%s&a=b", "payload=%s&payload=%s", "%0Apayload=%s"
        }) {
            Base base = base(Kind.SHARE);
            String value = base.body.substring("payload=".length());
            send(
                    "body shape " + shape,
                    signed(shape.replace("%s", value)),
                    shape.contains("%0A") || shape.contains("=%s&payload") ? status(200, 400) : answered(base));
        }
        assertSettled("brokenUrlEncodingAndOtherBodyShapes", 47);
    }

    @Test
    void payloadFieldsRemovedOrOfTheWrongType() throws Exception {
        String[] fields = {
            "type",
            "user",
            "user.id",
            "user.username",
            "user.name",
            "user.team_id",
            "api_app_id",
            "token",
            "container",
            "container.type",
            "container.message_ts",
            "container.is_ephemeral",
            "trigger_id",
            "team",
            "team.id",
            "team.domain",
            "enterprise",
            "is_enterprise_install",
            "channel",
            "channel.id",
            "channel.name",
            "response_url",
            "message",
            "message.blocks",
            "message.blocks.0",
            "message.blocks.1.elements",
            "state",
            "actions",
            "actions.0",
            "actions.0.action_id",
            "actions.0.block_id",
            "actions.0.text",
            "actions.0.text.text",
            "actions.0.value",
            "actions.0.type",
            "actions.0.action_ts",
            "actions.0.style"
        };
        JsonNodeFactory f = JsonNodeFactory.instance;
        Map<String, JsonNode> replacements = new LinkedHashMap<>();
        replacements.put("number", f.numberNode(42));
        replacements.put("float", f.numberNode(1e308));
        replacements.put("array", f.arrayNode().add("x"));
        replacements.put("empty-array", f.arrayNode());
        replacements.put("object", f.objectNode().put("x", 1));
        replacements.put("null", f.nullNode());
        replacements.put("boolean", f.booleanNode(true));
        replacements.put("empty-string", f.textNode(""));
        replacements.put("mention", f.textNode("<!channel> <@U123> @here"));
        // Every field removed from every kind of click; every wrong type on two kinds in turn.
        List<Kind> clicks = List.of(Kind.QUIZ, Kind.SHARE, Kind.OUTDATED, Kind.RUN);
        int turn = 0;
        for (String field : fields) {
            for (Kind kind : clicks)
                mutatedClick("field " + field + " removed " + kind, kind, p -> set(p, field, null));
            for (Map.Entry<String, JsonNode> r : replacements.entrySet()) {
                int k = turn++;
                for (Kind kind : List.of(clicks.get(k % 4), clicks.get((k + 2) % 4))) {
                    mutatedClick(
                            "field " + field + " " + r.getKey() + " " + kind, kind, p -> set(p, field, r.getValue()));
                }
            }
        }
        // A slash command is a form: every field removed, emptied, doubled with garbage, or given JSON.
        for (String field : commandForm("U", "x").keySet()) {
            for (String mutation :
                    new String[] {"removed", "emptied", "garbage-first", "garbage-second", "json", "mention", "huge"}) {
                String user = freshUser();
                Map<String, String> form = commandForm(user, "salary serving senior");
                String value = form.get(field);
                String body = switch (mutation) {
                    case "removed" -> {
                        form.remove(field);
                        yield form(form);
                    }
                    case "emptied" -> {
                        form.put(field, "");
                        yield form(form);
                    }
                    case "garbage-first" -> encode(field) + "=%00garbage%E2%80%AE&" + form(form);
                    case "garbage-second" -> form(form) + "&" + encode(field) + "=%00garbage%E2%80%AE";
                    case "json" -> {
                        form.put(field, "{\"a\":[1,{\"b\":null}]}");
                        yield form(form);
                    }
                    case "mention" -> {
                        form.put(field, "<!channel> <!here> <!everyone> <@U123> @here " + value);
                        yield form(form);
                    }
                    case "huge" -> {
                        form.put(field, value + "x".repeat(20_000));
                        yield form(form);
                    }
                    default -> throw new IllegalStateException(mutation);
                };
                send("form " + field + " " + mutation, signed(body), status(200, 400));
                String ts = now();
                send(
                        "form " + field + " " + mutation + " signed-for-original",
                        request(bytes(body))
                                .header(TS, ts)
                                .header(SIG, signer.sign(ts, bytes(form(commandForm(user, "salary serving senior"))))),
                        refused());
            }
        }
        assertSettled("payloadFieldsRemovedOrOfTheWrongType", 1620);
    }

    @Test
    void everyInteractionTypeBoltRoutesWithAClicksFields() throws Exception {
        String[] types = {
            "block_actions",
            "interactive_message",
            "block_suggestion",
            "shortcut",
            "message_action",
            "dialog_submission",
            "dialog_cancellation",
            "dialog_suggestion",
            "view_submission",
            "view_closed",
            "workflow_step_edit",
            "event_callback",
            "url_verification",
            "app_rate_limited",
            "",
            "BLOCK_ACTIONS"
        };
        Map<String, Consumer<ObjectNode>> extras = new LinkedHashMap<>();
        extras.put("as is", p -> {});
        extras.put(
                "modal view",
                p -> p.putObject("view")
                        .put("type", "modal")
                        .put("callback_id", "cb")
                        .put("id", "V1")
                        .putObject("state")
                        .putObject("values"));
        extras.put(
                "workflow view",
                p -> p.putObject("view").put("type", "workflow_step").put("callback_id", "cb"));
        extras.put("empty view", p -> p.putObject("view"));
        extras.put(
                "mention event",
                p -> p.putObject("event")
                        .put("type", "app_mention")
                        .put("text", "<!channel>")
                        .put("user", "U1")
                        .put("channel", "C1"));
        extras.put("untyped event", p -> p.putObject("event").put("text", "hi"));
        extras.put(
                "callback fields",
                p -> p.put("callback_id", "cb")
                        .put("action_id", "cm1:r:help")
                        .put("value", "x")
                        .putObject("submission")
                        .put("a", "b"));
        extras.put(
                "attachment actions",
                p -> p.putArray("actions")
                        .addObject()
                        .put("name", "n")
                        .put("type", "button")
                        .put("value", "cm1:r:help"));
        extras.put("everything", p -> {
            p.putObject("view").put("type", "modal").put("callback_id", "cb");
            p.putObject("event").put("type", "message").put("text", "@here");
            p.put("callback_id", "cb").put("action_id", "cm1:r:help").put("challenge", "c");
        });
        for (String type : types) {
            for (Map.Entry<String, Consumer<ObjectNode>> extra : extras.entrySet()) {
                // 401: for some types Bolt checks the signature over the payload alone, not the form body.
                mutatedClick(
                        "type '" + type + "' " + extra.getKey(),
                        Kind.RUN,
                        p -> {
                            p.put("type", type);
                            extra.getValue().accept(p);
                        },
                        base -> status(200, 400, 401));
            }
        }
        assertSettled("everyInteractionTypeBoltRoutesWithAClicksFields", 250);
    }

    @Test
    void deepNestingAndHugeStrings() throws Exception {
        for (int depth : new int[] {10, 100, 254, 255, 256, 300, 1_000, 10_000, 100_000}) {
            String open = "[".repeat(depth);
            String close = "]".repeat(depth);
            String deep = open + close;
            String deepObject = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
            for (String where : new String[] {"top", "value", "user", "blocks", "object"}) {
                Base base = base(Kind.SHARE);
                String json = payloadJson(base.body);
                String mutated = switch (where) {
                    case "top" -> json.substring(0, json.length() - 1) + ",\"deep\":" + deep + "}";
                    case "value" -> json.replaceFirst("\"value\":\"[^\"]*\"", "\"value\":" + deep);
                    case "user" -> json.replaceFirst("\"user\":\\{", "\"user\":{\"deep\":" + deep + ",");
                    case "blocks" -> json.replaceFirst("\"blocks\":\\[", "\"blocks\":[" + deep + ",");
                    default -> json.substring(0, json.length() - 1) + ",\"deep\":" + deepObject + "}";
                };
                String body = "payload=" + encode(mutated);
                send("deep " + depth + " " + where, signed(body), withinLimit(body, status(200, 400)));
            }
            if (depth <= 10_000) {
                String user = freshUser();
                send("deep " + depth + " command text", signed(form(commandForm(user, "ask " + deep))), answered(null));
            }
        }
        // Huge strings, up to just under the body limit, and over it.
        for (int size : new int[] {1_000, 3_001, 10_000, 65_536, 120_000, 200_000, 250_000}) {
            String big = "x".repeat(size);
            String text = form(commandForm(freshUser(), big));
            send("huge text " + size, signed(text), withinLimit(text, answered(null)));
            String words = form(commandForm(freshUser(), "ask " + "mlops ".repeat(size / 6)));
            send("huge words " + size, signed(words), withinLimit(words, answered(null)));
            Map<String, String> named = commandForm(freshUser(), "help");
            named.put("user_name", "<!channel>".repeat(size / 10));
            send("huge user name " + size, signed(form(named)), withinLimit(form(named), answered(null)));
            Base base = base(Kind.SHARE);
            String json = payloadJson(base.body).replace("\"block_id\":\"b1\"", "\"block_id\":\"" + big + "\"");
            String click = "payload=" + encode(json);
            send("huge block id " + size, signed(click), withinLimit(click, answered(base)));
        }
        for (int size : new int[] {SlackHttpServer.MAX_BODY + 1, SlackHttpServer.MAX_BODY + 10_000, 1_000_000}) {
            String body = form(commandForm(freshUser(), "x".repeat(size)));
            send("over the limit " + size, signed(body), status(413));
        }
        assertSettled("deepNestingAndHugeStrings", 75);
    }

    @Test
    void hostileTextAndNamesInCommandsAndClicks() throws Exception {
        String[] prefixes = {
            "",
            "salary ",
            "ask ",
            "specialization ",
            "compare serving vs ",
            "switch backend ",
            "become ",
            "quiz ",
            "path "
        };
        int n = 0;
        for (String text : HOSTILE) {
            for (String prefix : prefixes) {
                Map<String, String> form = commandForm(freshUser(), prefix + text);
                form.put("user_name", HOSTILE[n++ % HOSTILE.length]);
                form.put("channel_name", "<!channel>");
                send("text " + abbreviate(prefix + text), signed(form(form)), answered(null));
            }
        }
        // The moderator command, from someone else and from a moderator, with hostile names and arguments.
        String[] admin = {
            "",
            "status",
            "validate",
            "diff",
            "reload",
            "history",
            "history 5",
            "history -1",
            "history 99999999999",
            "stale",
            "stale 0",
            "reports",
            "stats",
            "stats 9999",
            "help",
            "<!channel>",
            "reload <!here>",
            "x".repeat(5000)
        };
        for (String text : admin) {
            for (String user : new String[] {freshUser(), MODERATOR}) {
                Map<String, String> form = commandForm(user, text);
                form.put("command", "/mentor-admin");
                form.put("user_name", "<!channel> @here <@U123> \u202Emod");
                form.put("trigger_id", "admin." + id());
                send(
                        "admin " + abbreviate(text) + (user.equals(MODERATOR) ? " moderator" : " user"),
                        signed(form(form)),
                        answered(null));
            }
        }
        // Clicks from users whose names are mentions, in RTL, zero-width or control characters.
        List<Kind> clicks = List.of(Kind.QUIZ, Kind.SHARE, Kind.OUTDATED, Kind.RUN);
        int turn = 0;
        for (String name : HOSTILE) {
            for (Kind kind : List.of(clicks.get(turn++ % 4), clicks.get(turn++ % 4))) {
                mutatedClick(
                        "click name " + abbreviate(name) + " " + kind,
                        kind,
                        p -> {
                            ((ObjectNode) p.path("user")).put("name", name).put("username", name);
                            ((ObjectNode) p.path("channel")).put("name", name);
                        },
                        true);
            }
        }
        assertSettled("hostileTextAndNamesInCommandsAndClicks", 780);
    }

    @Test
    void forgedUnknownOverlongAndForeignActionIds() throws Exception {
        String owner = dev.careermentor.core.component.ComponentIds.owner(new User(Surface.SLACK, TEAM, "U0SOMEONE"));
        String tag = quizChoice(freshUser()).split(":", -1)[2];
        List<String> forged = new ArrayList<>(List.of(
                "",
                " ",
                "cm1",
                "cm1:",
                "cm1:x:y",
                "cm0:s:help",
                "cm2:s:help",
                "CM1:s:help",
                "cm1:s:HELP",
                "cm1:s:help\u0000",
                "cm1:s:help\n",
                "cm1:r:<!channel>",
                "cm1:s:<@U123>",
                "cm1:r:salary <!here>",
                "cm1:o:../../etc:2026",
                "cm1:o:mlops:2026,",
                "cm1:o:,",
                "cm1:o:mlops:99999",
                "cm1:q:::::",
                "cm1:q:a:b:c:d:e:f",
                "cm1:q:" + tag + ":" + owner + ":AAAAAA::a0",
                "cm1:q:" + tag + ":" + owner + ":AAAAAA:0123:a9",
                "cm1:q:" + tag + ":" + owner + ":AAAAAA:01234567:s",
                "cm1:q:" + tag + ":" + owner + ":AAAAAA::z",
                "cm1:q:" + tag + ":" + owner + ":AAAAAA::a",
                "cm1:q:x:y:z::b",
                "some_other_apps_button",
                "\u202Ecm1:s:help",
                "cm1:s:help\u200B",
                "cm1:r:" + "help ".repeat(3),
                "x".repeat(255),
                "x".repeat(256),
                "cm1:r:" + "a".repeat(300),
                "cm1:s:" + "salary ".repeat(200),
                "y".repeat(10_000)));
        // Exactly 100 characters (the longest id the core makes) and one more, of every kind.
        for (String prefix : new String[] {"cm1:s:", "cm1:r:", "cm1:o:", "cm1:q:", "cm1:x:"}) {
            String pad = prefix.equals("cm1:o:") ? "mlops:2026," : prefix.equals("cm1:q:") ? "ABCDEFGH:" : "salary ";
            StringBuilder id = new StringBuilder(prefix);
            while (id.length() < 100) id.append(pad);
            forged.add(id.substring(0, 100));
            forged.add(id.substring(0, 99) + "s");
            forged.add(id.append("zz").substring(0, 101));
        }
        // Real commands as run suggestions, valid or near misses.
        forged.addAll(List.of(
                "cm1:r:salary serving senior",
                "cm1:r:quiz",
                "cm1:r:specialization mlops",
                "cm1:s:quiz",
                "cm1:s:compare applied llm vs serving",
                "cm1:r:ask how much do mlops engineers earn",
                "cm1:s:admin reload",
                "cm1:r:admin reload",
                runId,
                outdatedId,
                shareId));
        for (String id : forged) {
            Base base = base(Kind.SHARE);
            String path = base.post.substring("/respond/".length());
            String body = clickBody(base.user, id, path);
            send("action id " + abbreviate(id), signed(body), id.isEmpty() ? status(200) : answered(base));
        }
        // Another user's quiz: every button of someone else's question.
        String alice = freshUser();
        Reply quiz = app.mentor().handleText(new User(Surface.SLACK, TEAM, alice), "quiz");
        for (Button b : quiz.buttons()) {
            Base base = base(Kind.SHARE);
            send(
                    "another user's quiz " + b.label(),
                    signed(clickBody(base.user, b.id(), base.post.substring(9))),
                    answered(base));
        }
        // Two actions in one click, and none.
        for (int count : new int[] {0, 2, 25}) {
            mutatedClick("actions x" + count, Kind.SHARE, p -> {
                ArrayNode actions = (ArrayNode) p.path("actions");
                JsonNode first = actions.get(0);
                actions.removeAll();
                for (int i = 0; i < count; i++) actions.add(first.deepCopy());
            });
        }
        assertSettled("forgedUnknownOverlongAndForeignActionIds", 65);
    }

    @Test
    void responseUrlsThatGoNowhereOrSomewhereOdd() throws Exception {
        int port = adapter.port();
        String[] urls = {
            "",
            " ",
            "not a url",
            "file:///etc/passwd",
            "ftp://127.0.0.1/x",
            "javascript:alert(1)",
            "http://127.0.0.1:1/closed",
            "http://[::1",
            "http://127.0.0.1:" + port + "/slack/events",
            "http://127.0.0.1:" + port + "/health",
            slack.apiUrl() + "chat.postMessage",
            slack.responseUrl("crlf") + "\r\nX-Injected: 1",
            slack.responseUrl("q") + "?a=<!channel>",
            slack.responseUrl("long-" + "x".repeat(5000)),
            "http://127.0.0.1:99999/",
            "http://127.0.0.1:-1/",
            slack.responseUrl("unicode-\u202E\u200B")
        };
        // Only addresses on Slack's hosts or on the stand-in's origin (SLACK_API_URL) are posted to; every
        // other one, and any that is not a well-formed URL, is refused at once with 400.
        Set<String> standInOrigin = Set.of(
                slack.apiUrl() + "chat.postMessage",
                slack.responseUrl("long-" + "x".repeat(5000)),
                slack.responseUrl("unicode-\u202E\u200B"));
        for (String url : urls) {
            for (Kind kind : List.of(Kind.QUIZ, Kind.SHARE)) {
                mutatedClick(
                        "response_url " + abbreviate(url) + " " + kind,
                        kind,
                        p -> ((ObjectNode) p).put("response_url", url),
                        base -> standInOrigin.contains(url) ? status(200) : status(400));
            }
        }
        assertSettled("responseUrlsThatGoNowhereOrSomewhereOdd", 61);
    }

    @Test
    void methodsPathsAndRawProtocol() throws Exception {
        Base base = base(Kind.COMMAND);
        for (String method : new String[] {"GET", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"}) {
            Req req = signed(base.body);
            req.method = method;
            send("method " + method, req, status(405));
        }
        Req head = signed(base(Kind.COMMAND).body);
        head.method = "HEAD";
        send("method HEAD", head, status(405), true);
        for (String target : new String[] {
            "/slack/events/",
            "/slack/eventsx",
            "/slack/events/../health",
            "/",
            "/SLACK/EVENTS",
            "/slack",
            "/health/x",
            "*",
            "http://127.0.0.1/slack/events/x"
        }) {
            Req req = signed(base(Kind.COMMAND).body);
            req.target = target;
            // POST on the health path is refused for its method before its path is looked at; "*" is only for
            // OPTIONS, and the HTTP server itself refuses it (400).
            send(
                    "path " + target,
                    req,
                    target.contains("health") ? status(404, 405) : target.equals("*") ? status(400, 404) : status(404),
                    target.equals("*"));
        }
        Base query = base(Kind.COMMAND);
        Req withQuery = signed(query.body);
        withQuery.target = "/slack/events?token=x&payload=%7B%7D";
        send("path with query", withQuery, answered(query));
        Req health = signed(base(Kind.COMMAND).body);
        health.target = "/health";
        send("POST /health", health, status(405));
        Req get = new Req();
        get.method = "GET";
        get.target = "/health";
        send("GET /health", get, status(200));

        // HTTP/1.0, chunked bodies and Expect: 100-continue all reach the bot.
        Base old = base(Kind.COMMAND);
        Req http10 = signed(old.body);
        http10.version = "HTTP/1.0";
        send("HTTP/1.0", http10, answered(old));
        Base chunked = base(Kind.QUIZ);
        Req chunkedReq = signed(chunked.body).remove(CL).header("Transfer-Encoding", "chunked");
        chunkedReq.body = chunk(bytes(chunked.body), 100);
        send("chunked", chunkedReq, answered(chunked));
        Base expect = base(Kind.SHARE);
        send("expect 100-continue", signed(expect.body).header("Expect", "100-continue"), answered(expect));

        // Protocol garbage: the HTTP server refuses it or closes the connection; it never reaches the bot.
        String sign = signed(base(Kind.COMMAND).body).first(SIG);
        String[] raw = {
            "GARBAGE\r\n\r\n",
            "POST /slack/events\r\n\r\n",
            "POST /slack/events HTTP/2.0\r\nContent-Length: 0\r\n\r\n",
            "POST /slack/events HTTP/1.1\r\nNo colon here\r\n\r\n",
            "POST /slack/events HTTP/1.1\r\n: empty name\r\nContent-Length: 0\r\n\r\n",
            "POST /slack/events HTTP/1.1\r\nX-Slack-Signature: " + sign + "\u0000\r\nContent-Length: 0\r\n\r\n",
            "POST /slack/events HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            "POST /slack/events HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
            "POST /slack/events HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFF\r\nabc\r\n",
            "POST /slack/events HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\nabc",
            "POST /slack/events HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\nabc",
            "POST /slack/events HTTP/1.1\r\nContent-Length: -5\r\n\r\nabc",
            "POST /slack/events HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
            "POST /slack/events HTTP/1.1\r\nContent-Length: 100\r\n\r\nshort",
            "POST /slack/events HTTP/1.1\r\nContent-Length: 100000000\r\n\r\nshort",
            "POST /slack/events HTTP/1.1\r\nContent-Length: 0x10\r\n\r\nabc",
            "POST /slack/events HTTP/1.1\r\nContent-Length: 1e3\r\n\r\nabc",
            "POST /slack/events HTTP/1.1\r\nContent-Length:  3 \r\n\r\nabc",
            "POST /slack/events HTTP/1.1\r\nX-Big: " + "a".repeat(1_000_000) + "\r\n\r\n",
            "POST /" + "a".repeat(100_000) + " HTTP/1.1\r\n\r\n",
            "POST /slack/events HTTP/1.1\r\n" + "X-Many: 1\r\n".repeat(5_000) + "Content-Length: 0\r\n\r\n",
            "\r\n\r\n\r\n",
            "",
        };
        for (String r : raw) {
            cases.incrementAndGet();
            Answer a = exchange(r.getBytes(StandardCharsets.ISO_8859_1));
            tally("raw " + abbreviate(r.replace("\r\n", " ")), a);
            // 501: an unknown Transfer-Encoding (gzip), as HTTP says; 414: a request line over the header limit;
            // 426: HTTP/2.0 on an HTTP/1.1 connection (Jetty asks for an upgrade where the JDK said 505).
            if (a.status == 500
                    || a.status >= 200
                            && !Set.of(400, 401, 404, 405, 413, 414, 426, 431, 501, 505)
                                    .contains(a.status)) {
                fail("raw " + abbreviate(r), "status " + a.status + " " + abbreviate(a.text()));
            }
            checkAnswer("raw", a, false);
        }
        // A correctly signed body whose Content-Length claims more: the server waits for it, gets the end
        // of the stream, and answers 400 ("early EOF") or closes without an answer; the bot never sees it.
        Base longer = base(Kind.COMMAND);
        send(
                "content-length longer",
                signed(longer.body).set(CL, Integer.toString(bytes(longer.body).length + 10)),
                status(400),
                true);
        Base shorter = base(Kind.COMMAND);
        send(
                "content-length shorter",
                signed(shorter.body).set(CL, Integer.toString(bytes(shorter.body).length - 10)),
                refused());
        assertSettled("methodsPathsAndRawProtocol", 42);
    }

    @Test
    void oneUserFloodingIsSlowedDownNotServedOrBroken() throws Exception {
        String user = freshUser();
        int answered = 0;
        int slowed = 0;
        for (int i = 0; i < 25; i++) {
            Answer a = send(
                    "flood command " + i, signed(form(commandForm(user, "salary serving senior"))), answered(null));
            String all = BlockKitLimits.allText(json(a));
            if (all.contains("$300K")) answered++;
            if (all.contains("Slow down")) slowed++;
        }
        assertTrue(answered >= 10 && answered <= 11, "the command budget is 10 per 20 s: " + answered);
        assertEquals(25, answered + slowed);
        int clicks = 45;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < clicks; i++) {
            String path = "flood-" + id();
            paths.add("/respond/" + path);
            send(
                    "flood click " + i,
                    signed(clickBody(user, RUN_HELP, path)),
                    answered(new Base(null, user, "/respond/" + path)));
        }
        String marker = "flood-marker-" + id();
        send("flood marker", signed(clickBody(freshUser(), RUN_HELP, marker)), status(200));
        int helped = 0;
        int slowClicks = 0;
        while (true) {
            FakeSlack.Post p = slack.nextPost();
            checkPost(p);
            if (paths.contains(p.path())) {
                String all = BlockKitLimits.allText(p.body());
                if (all.contains("Slow down")) slowClicks++;
                else helped++;
            }
            if (p.path().equals("/respond/" + marker)) break;
        }
        assertTrue(helped >= 30 && helped <= 32, "the click budget is 30 per 20 s: " + helped);
        assertEquals(clicks, helped + slowClicks);
        assertTrue(registry.get("mentor.refusals")
                        .tag("reason", "cooldown")
                        .counter()
                        .count()
                >= 25);
        assertSettled("oneUserFloodingIsSlowedDownNotServedOrBroken", 63);
    }

    @Test
    void refusedSignaturesAndOutdatedReportsAreCountedAndTheBotStillAnswers() throws Exception {
        for (int i = 0; i < 501; i++) {
            Base base = base(i % 2 == 0 ? Kind.COMMAND : Kind.SHARE);
            String ts = now();
            send(
                    "refused signature " + i,
                    request(bytes(base.body))
                            .header(TS, ts)
                            .header(
                                    SIG,
                                    new SlackSignatures("not-the-secret", Clock.systemUTC())
                                            .sign(ts, bytes(base.body))),
                    refused());
        }
        for (int i = 0; i < 3; i++) {
            Base outdated = base(Kind.OUTDATED);
            send("outdated click " + i, signed(outdated.body), answered(outdated));
        }
        settle();
        assertTrue(
                registry.get("mentor.refusals")
                                .tag("reason", "bad_signature")
                                .counter()
                                .count()
                        > 500,
                "refused signatures are counted");
        assertTrue(app.moderation().reports().size() > 0, "Outdated? clicks were recorded");
        assertSettled("refused signatures and reports", 504);
    }

    /** The bot, after whatever a test sent it: a command and a whole quiz still come out right. */
    private void assertStillAnswersCorrectly() throws Exception {
        String user = freshUser();
        JsonNode salary = json(
                send("afterwards salary", signed(form(commandForm(user, "salary serving senior"))), answered(null)));
        assertTrue(BlockKitLimits.allText(salary).contains("$300K\u2013$600K"), salary.toString());
        assertEquals("ephemeral", salary.path("response_type").asText());

        JsonNode message = json(send("afterwards quiz", signed(form(commandForm(user, "quiz"))), answered(null)));
        settle();
        int questions = 0;
        while (SlackHttpTest.header(message).contains("question")) {
            questions++;
            String path = "afterwards-" + id();
            send(
                    "afterwards quiz click",
                    signed(clickBody(user, SlackHttpTest.firstChoice(message), path)),
                    status(200));
            FakeSlack.Post post = slack.nextPost();
            assertEquals("/respond/" + path, post.path());
            checkPost(post);
            message = post.body();
        }
        assertEquals(app.knowledge().get().quiz().questions().size(), questions);
        assertTrue(SlackHttpTest.header(message).startsWith("Your best fit: "), SlackHttpTest.header(message));

        Req health = new Req();
        health.method = "GET";
        health.target = "/health";
        assertEquals("ok", send("afterwards health", health, status(200)).text());
        assertTrue(adapter.ready());
    }

    // ------------------------------------------------------------------------------------------------
    // Requests: well-formed bases, forms and payloads

    /** A well-formed request from a fresh user, and the response_url path its answer goes to (clicks only). */
    record Base(String body, String user, String post) {}

    private Base base(Kind kind) {
        String user = freshUser();
        if (kind == Kind.COMMAND) return new Base(form(commandForm(user, "salary serving senior")), user, null);
        String id = switch (kind) {
            case QUIZ -> quizChoice(user);
            case SHARE -> shareId;
            case OUTDATED -> outdatedId;
            case RUN -> runId;
            default -> throw new IllegalStateException();
        };
        String path = "c" + id();
        return new Base(clickBody(user, id, path), user, "/respond/" + path);
    }

    /** The first answer of a quiz started for {@code user}: only that user can click it. */
    private String quizChoice(String user) {
        Reply q = app.mentor().handleText(new User(Surface.SLACK, TEAM, user), "quiz");
        return button(q, Button.Kind.CHOICE);
    }

    private String button(Reply reply, Button.Kind kind) {
        return reply.buttons().stream()
                .filter(b -> b.kind() == kind)
                .map(Button::id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " button in " + reply));
    }

    private Map<String, String> commandForm(String user, String text) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy-verification-token");
        form.put("team_id", TEAM);
        form.put("team_domain", "test");
        form.put("channel_id", "C0GENERAL");
        form.put("channel_name", "general");
        form.put("user_id", user);
        form.put("user_name", user.toLowerCase(Locale.ROOT));
        form.put("command", "/mentor");
        form.put("text", text);
        form.put("api_app_id", "A0MENTOR");
        form.put("is_enterprise_install", "false");
        form.put("response_url", slack.responseUrl("command-" + id()));
        form.put("trigger_id", id() + ".4242.abcdef");
        return form;
    }

    private ObjectNode clickPayload(String user, String actionId, String responsePath) {
        ObjectNode p = FakeSlack.JSON.createObjectNode();
        p.put("type", "block_actions");
        p.putObject("user")
                .put("id", user)
                .put("username", user.toLowerCase(Locale.ROOT))
                .put("name", user.toLowerCase(Locale.ROOT))
                .put("team_id", TEAM);
        p.put("api_app_id", "A0MENTOR");
        p.put("token", "legacy-verification-token");
        p.putObject("container")
                .put("type", "message")
                .put("message_ts", "1700000000.000100")
                .put("channel_id", "C0GENERAL")
                .put("is_ephemeral", false);
        p.put("trigger_id", "trigger-" + id());
        p.putObject("team").put("id", TEAM).put("domain", "test");
        p.putNull("enterprise");
        p.put("is_enterprise_install", false);
        p.putObject("channel").put("id", "C0GENERAL").put("name", "general");
        ObjectNode message = p.putObject("message");
        message.put("type", "message")
                .put("text", "an answer")
                .put("ts", "1700000000.000100")
                .put("user", "U0BOT");
        ArrayNode blocks = message.putArray("blocks");
        blocks.addObject()
                .put("type", "section")
                .put("block_id", "s1")
                .putObject("text")
                .put("type", "mrkdwn")
                .put("text", "an answer")
                .put("verbatim", true);
        ObjectNode buttons = blocks.addObject().put("type", "actions").put("block_id", "b1");
        buttons.putArray("elements")
                .addObject()
                .put("type", "button")
                .put("action_id", actionId)
                .put("value", actionId)
                .putObject("text")
                .put("type", "plain_text")
                .put("text", "a button");
        p.putObject("state").putObject("values");
        p.put("response_url", slack.responseUrl(responsePath));
        ObjectNode a = p.putArray("actions").addObject();
        a.put("action_id", actionId);
        a.put("block_id", "b1");
        a.putObject("text").put("type", "plain_text").put("text", "a button");
        a.put("value", actionId);
        a.put("type", "button");
        a.put("style", "primary");
        a.put("action_ts", "1700000000." + id());
        return p;
    }

    private String clickBody(String user, String actionId, String responsePath) {
        return "payload=" + encode(clickPayload(user, actionId, responsePath).toString());
    }

    /**
     * A well-formed click of {@code kind} changed by {@code mutation}, sent signed (it must not break the bot)
     * and signed for the unchanged payload (it must be refused).
     */
    private void mutatedClick(String name, Kind kind, Consumer<ObjectNode> mutation) {
        mutatedClick(name, kind, mutation, (Boolean) null);
    }

    /** @param stillAnswered true: the click must still be answered; false: acknowledged, maybe not answered */
    private void mutatedClick(String name, Kind kind, Consumer<ObjectNode> mutation, Boolean stillAnswered) {
        mutatedClick(
                name,
                kind,
                mutation,
                base -> stillAnswered == null ? status(200, 400) : stillAnswered ? answered(base) : status(200));
    }

    private void mutatedClick(
            String name,
            Kind kind,
            Consumer<ObjectNode> mutation,
            java.util.function.Function<Base, Expect> expectation) {
        Base base = base(kind);
        ObjectNode p = (ObjectNode) tree(payloadJson(base.body));
        mutation.accept(p);
        String body = "payload=" + encode(p.toString());
        send(name, signed(body), expectation.apply(base));
        if (body.equals(base.body)) return; // nothing changed (null set to null): a repeat, not a forgery
        String ts = now();
        send(
                name + " signed-for-original",
                request(bytes(body)).header(TS, ts).header(SIG, signer.sign(ts, bytes(base.body))),
                refused());
    }

    /** Sets (or with null removes) the field at a dotted path such as "actions.0.action_id". */
    private void set(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.", -1);
        JsonNode parent = root;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.isArray() ? parent.path(Integer.parseInt(parts[i])) : parent.path(parts[i]);
        }
        String last = parts[parts.length - 1];
        if (parent instanceof ObjectNode o) {
            if (value == null) o.remove(last);
            else o.set(last, value);
        } else if (parent instanceof ArrayNode a) {
            int i = Integer.parseInt(last);
            if (i < a.size()) {
                if (value == null) a.remove(i);
                else a.set(i, value);
            }
        }
    }

    private JsonNode tree(String json) {
        try {
            return FakeSlack.JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private String payloadJson(String clickBody) {
        return URLDecoder.decode(clickBody.substring("payload=".length()));
    }

    /** Where the response_url's value sits in an encoded body, so byte flips never redirect an answer. */
    private int[] responseUrlRange(String body) {
        String marker = body.startsWith("payload=") ? encode("\"response_url\":\"") : "response_url=";
        int start = body.indexOf(marker);
        if (start < 0) return new int[] {0, 0};
        int end = body.indexOf(body.startsWith("payload=") ? "%22" : "&", start + marker.length());
        return new int[] {start, end < 0 ? body.length() : end + 3};
    }

    private String form(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (sb.length() > 0) sb.append('&');
            sb.append(encode(e.getKey())).append('=').append(encode(e.getValue()));
        }
        return sb.toString();
    }

    private String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private byte[] chunk(byte[] body, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < body.length; i += size) {
            int n = Math.min(size, body.length - i);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, i, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private String freshUser() {
        return "UC" + id();
    }

    private String id() {
        return Long.toString(1_000_000 + ids.incrementAndGet());
    }

    private String now() {
        return Long.toString(Clock.systemUTC().instant().getEpochSecond());
    }

    private byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean utf8(byte[] b) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private String randomHex(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(Character.forDigit(random.nextInt(16), 16));
        return sb.toString();
    }

    private String flipHexDigit(String hex, Random random) {
        char[] c = hex.toCharArray();
        int i = random.nextInt(c.length);
        c[i] = Character.forDigit((Character.digit(c[i], 16) + 1) % 16, 16);
        return new String(c);
    }

    private String abbreviate(String s) {
        String oneLine = s.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() > 60 ? oneLine.substring(0, 60) + "...(" + s.length() + ")" : oneLine;
    }

    // ------------------------------------------------------------------------------------------------
    // HTTP on a socket, byte for byte

    /** An HTTP request as written on the wire; headers keep their order, case and repetitions. */
    static final class Req {
        String method = "POST";
        String target = SlackHttpServer.EVENTS;
        String version = "HTTP/1.1";
        final List<String[]> headers = new ArrayList<>();
        byte[] body = new byte[0];

        Req header(String name, String value) {
            headers.add(new String[] {name, value});
            return this;
        }

        Req remove(String name) {
            headers.removeIf(h -> h[0].equalsIgnoreCase(name));
            return this;
        }

        Req set(String name, String value) {
            for (String[] h : headers) {
                if (h[0].equalsIgnoreCase(name)) {
                    h[1] = value;
                    return this;
                }
            }
            return header(name, value);
        }

        String first(String name) {
            return headers.stream()
                    .filter(h -> h[0].equalsIgnoreCase(name))
                    .map(h -> h[1])
                    .findFirst()
                    .orElse(null);
        }

        byte[] bytes() {
            // Connection: close, and the end of the stream after the request: the server closes at once.
            StringBuilder head = new StringBuilder(
                    method + " " + target + " " + version + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
            for (String[] h : headers)
                head.append(h[0]).append(": ").append(h[1]).append("\r\n");
            head.append("\r\n");
            byte[] h = head.toString().getBytes(StandardCharsets.ISO_8859_1);
            byte[] all = Arrays.copyOf(h, h.length + body.length);
            System.arraycopy(body, 0, all, h.length, body.length);
            return all;
        }
    }

    /** The request exactly as Slack sends it: signed now for these bytes. */
    private Req signed(String body) {
        return signed(bytes(body));
    }

    private Req signed(byte[] body) {
        String ts = now();
        return request(body).header(TS, ts).header(SIG, signer.sign(ts, body));
    }

    /** A form post with its length and no signature yet. */
    private Req request(byte[] body) {
        Req r = new Req().header(CT, FORM).header(CL, Integer.toString(body.length));
        r.body = body;
        return r;
    }

    /** An answer; status -1 when the server closed the connection without one. */
    static final class Answer {
        final int status;
        final String contentType;
        final byte[] body;

        Answer(int status, String contentType, byte[] body) {
            this.status = status;
            this.contentType = contentType;
            this.body = body;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private Answer exchange(byte[] request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), adapter.port()), 5000);
            socket.setSoTimeout(15_000);
            try {
                OutputStream out = socket.getOutputStream();
                out.write(request);
                out.flush();
                socket.shutdownOutput(); // the server sees the end after this request, and closes after answering
            } catch (IOException e) {
                // The server may answer (413) and close before everything was sent: read what it said.
            }
            return parse(readAll(socket.getInputStream()));
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no answer within 15 s", e);
        } catch (IOException e) {
            return new Answer(-1, "", new byte[0]);
        }
    }

    private byte[] readAll(InputStream in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) out.write(buffer, 0, n);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the answer did not end within 15 s", e);
        } catch (IOException e) {
            // a reset after the answer: keep what arrived
        }
        return out.toByteArray();
    }

    /** The first final answer in {@code raw}, skipping 100 Continue. */
    private Answer parse(byte[] raw) {
        int offset = 0;
        while (true) {
            String text = new String(raw, offset, raw.length - offset, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) return new Answer(-1, "", new byte[0]);
            String[] lines = text.substring(0, end).split("\r\n", -1);
            int status = Integer.parseInt(lines[0].split(" ", -1)[1]);
            Map<String, String> headers = new HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0)
                    headers.put(
                            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).trim());
            }
            int bodyStart = offset + end + 4;
            if (status >= 100 && status < 200) {
                offset = bodyStart;
                continue;
            }
            byte[] body;
            if (headers.containsKey("content-length")) {
                int n = Integer.parseInt(headers.get("content-length"));
                body = Arrays.copyOfRange(raw, bodyStart, Math.min(raw.length, bodyStart + n));
            } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = unchunk(raw, bodyStart);
            } else {
                body = Arrays.copyOfRange(raw, bodyStart, raw.length);
            }
            return new Answer(status, headers.getOrDefault("content-type", ""), body);
        }
    }

    private byte[] unchunk(byte[] raw, int at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (at < raw.length) {
            int eol = at;
            while (eol + 1 < raw.length && !(raw[eol] == '\r' && raw[eol + 1] == '\n')) eol++;
            int size = Integer.parseInt(
                    new String(raw, at, eol - at, StandardCharsets.US_ASCII).split(";", -1)[0].trim(), 16);
            if (size == 0) break;
            out.write(raw, eol + 2, Math.min(size, raw.length - eol - 2));
            at = eol + 2 + size + 2;
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------------------------------------------
    // Expectations and checks

    /**
     * What a case allows: the statuses; whether the server may close without answering; whether a 200 must
     * be a real answer (a message for a command, a post to {@code post} for a click).
     */
    record Expect(Set<Integer> statuses, boolean mayClose, boolean answer, String post) {}

    private Expect status(Integer... statuses) {
        return new Expect(Set.of(statuses), false, false, null);
    }

    /** {@code expect} for a body within the size limit; 413 for a larger one. */
    private Expect withinLimit(String body, Expect expect) {
        return bytes(body).length > SlackHttpServer.MAX_BODY ? status(413) : expect;
    }

    private Expect refused() {
        return status(401);
    }

    /** A 200 with a real answer: a message for a command (base null or a command), one post for a click. */
    private Expect answered(Base base) {
        return new Expect(Set.of(200), false, true, base == null ? null : base.post);
    }

    private Answer send(String name, Req req, Expect expect) {
        return send(name, req, expect, false);
    }

    private Answer send(String name, Req req, Expect expect, boolean mayClose) {
        cases.incrementAndGet();
        Answer a = exchange(req.bytes());
        tally(name, a);
        if (a.status == -1) {
            if (!mayClose && !expect.mayClose) fail(name, "the server closed the connection without an answer");
            return a;
        }
        if (a.status == 500 || !expect.statuses.contains(a.status)) {
            fail(name, "status " + a.status + ", expected " + expect.statuses + ": " + abbreviate(a.text()));
        }
        boolean command = expect.post == null;
        checkAnswer(name, a, expect.answer && command);
        if (a.status == 200 && expect.answer && !command) {
            if (a.body.length > 0)
                fail(name, "a click is acknowledged with an empty body, got " + abbreviate(a.text()));
            awaited.add(expect.post);
        }
        return a;
    }

    /** Any answer: no mass mention anywhere; a JSON 200 is a message within Block Kit's limits. */
    private void checkAnswer(String name, Answer a, boolean mustBeMessage) {
        String text = a.text();
        noMassMention(name, text);
        boolean isJson = a.contentType.startsWith("application/json");
        if (a.status != 200 || a.body.length == 0 || !isJson) {
            if (mustBeMessage && a.status == 200) fail(name, "expected a message, got '" + abbreviate(text) + "'");
            return;
        }
        JsonNode json;
        try {
            json = FakeSlack.JSON.readTree(text);
        } catch (IOException e) {
            fail(name, "a JSON answer that does not parse: " + abbreviate(text));
            return;
        }
        if (!json.has("blocks")) {
            // Bolt's only other JSON answer: the note for a slash command that is not ours.
            if (!json.path("text").asText().equals("This app only answers /mentor and /mentor-admin.")) {
                fail(name, "a JSON answer that is not a message: " + abbreviate(text));
            }
            return;
        }
        try {
            BlockKitLimits.check(json);
        } catch (AssertionError e) {
            fail(name, e.getMessage());
        }
    }

    /** A post the bot made to a response_url: within Block Kit's limits, mentioning no one. */
    private void checkPost(FakeSlack.Post p) {
        posts.incrementAndGet();
        awaited.remove(p.path());
        noMassMention("post to " + p.path(), p.body().toString());
        try {
            BlockKitLimits.check(p.body());
        } catch (AssertionError e) {
            fail(
                    "post to " + p.path(),
                    e.getMessage() + " in " + abbreviate(p.body().toString()));
        }
    }

    private void noMassMention(String name, String text) {
        for (String mention : new String[] {"<!channel", "<!here", "<!everyone", "<@", "<!subteam"}) {
            if (text.contains(mention)) fail(name, "unescaped " + mention + " in " + abbreviate(text));
        }
    }

    private JsonNode json(Answer a) throws IOException {
        return FakeSlack.JSON.readTree(a.text());
    }

    /** Waits until every click answered so far has been posted, and checks each post. */
    private void settle() throws InterruptedException {
        String path = "marker-" + id();
        Answer a = exchange(signed(clickBody(freshUser(), RUN_HELP, path)).bytes());
        assertEquals(200, a.status, "the marker click is acknowledged");
        while (true) {
            FakeSlack.Post p = slack.nextPost(); // the single responder posts in order: the marker comes last
            checkPost(p);
            if (p.path().equals("/respond/" + path)) return;
        }
    }

    private void fail(String name, String why) {
        failureCount.incrementAndGet();
        if (failures.size() < 25) failures.add(name + ": " + why);
    }

    private void tally(String name, Answer a) {
        if (!Boolean.getBoolean("slack.corpus.verbose")) return;
        String group = name.replaceAll(" (COMMAND|QUIZ|SHARE|OUTDATED|RUN)( |$)", " *$2");
        synchronized (outcomes) {
            outcomes.computeIfAbsent(group, g -> new TreeMap<>()).merge(Integer.toString(a.status), 1, Integer::sum);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Logs: quiet, and anything at ERROR is a failure

    private void quietLogs() {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        // Refusals, repeated deliveries and unreachable response_urls log at INFO and WARN by design.
        for (String name : List.of("dev.careermentor", "com.slack.api")) {
            Logger l = ctx.getLogger(name);
            savedLevels.put(name, l.getLevel());
            l.setLevel(Level.ERROR);
        }
        errors = new ListAppender<>();
        errors.setContext(ctx);
        ThresholdFilter threshold = new ThresholdFilter();
        threshold.setLevel("ERROR");
        threshold.start();
        errors.addFilter(threshold);
        errors.start();
        ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(errors);
        savedHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
    }

    private void restoreLogs() {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        savedLevels.forEach((name, level) -> ctx.getLogger(name).setLevel(level));
        if (errors != null) ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(errors);
        Thread.setDefaultUncaughtExceptionHandler(savedHandler);
    }

    private static final class URLDecoder {
        static String decode(String s) {
            return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
        }
    }
}

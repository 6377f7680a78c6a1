package dev.careermentor.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.Bot;
import dev.careermentor.Fixtures;
import dev.careermentor.Root;
import dev.careermentor.app.Config;
import dev.careermentor.app.HttpLimits;
import dev.careermentor.slack.SlackAdapter;
import dev.careermentor.slack.SlackSignatures;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow clients (issue 14, item 1): 64 connections to the Slack endpoint and 64 to the ops endpoint that send
 * part of a request and stop, or trickle it a byte at a time, while signed Slack commands and liveness checks
 * keep coming. The whole bot runs as Main wires it, on 127.0.0.1 only; a plain socket stands in for Slack's
 * Web API (auth.test at start).
 *
 * <p>Every real request must be answered, with a p99 under 1 s on each endpoint, and the server must close
 * every slow connection itself within its request time limit. The goal in the issue holds the slow
 * connections for 60 s against production limits (10 s idle, 10 s for a whole request); this test holds them
 * for {@link #HOLD} against limits five times lower ({@link #LIMITS}), so each of the 128 attackers is cut
 * off and reconnects several times: the same pressure, a third of the time. Everything is bounded: the
 * attackers stop at the end of the hold and every socket read has a time limit.
 */
class SlowClientsCorpusTest {
    private static final String SECRET = "slow-clients-signing-secret-0123456789";
    private static final int SLOW_PER_ENDPOINT = 64;
    private static final Duration HOLD = Duration.ofSeconds(18);
    /** Lower than production so that the hold above sees several cut-offs per attacker. */
    private static final Duration IDLE = Duration.ofSeconds(2);

    private static final Duration WHOLE_REQUEST = Duration.ofSeconds(3);
    /** How late past the request time limit a slow connection may still be open: the server's sweep and load. */
    private static final Duration CUT_SLACK = Duration.ofSeconds(2);

    private static final HttpLimits LIMITS = new HttpLimits(IDLE, WHOLE_REQUEST, HttpLimits.DEFAULT.maxHeaderBytes());

    private static final long P99_LIMIT_MILLIS = 1000;

    @TempDir
    Path tmp;

    private final SlackSignatures signer = new SlackSignatures(SECRET, Clock.systemUTC());
    private final AtomicInteger users = new AtomicInteger();

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void sixtyFourSlowConnectionsPerEndpointDoNotDelayRealRequests() throws Exception {
        try (ServerSocket api = new ServerSocket(0, 16, InetAddress.getLoopbackAddress())) {
            Thread stub = new Thread(() -> authTest(api), "auth-test-stand-in");
            stub.setDaemon(true);
            stub.start();
            Root root = Root.system(env(api.getLocalPort()));
            Config config = root.config().withHttp(LIMITS);
            try (Bot bot = root.bot(config, Fixtures.minimal())) {
                int slack = ((SlackAdapter) bot.adapters().get(0)).port();
                int ops = bot.ops().port();
                run(slack, ops);
            }
        }
    }

    private void run(int slackPort, int opsPort) throws Exception {
        long end = System.nanoTime() + HOLD.toNanos();
        List<Attacker> attackers = new ArrayList<>();
        // The ops endpoint never reads a body: it answers as soon as the headers are in (404 for this path) and
        // closes, so there only an unfinished header block keeps a connection waiting.
        Style[] opsStyles = {Style.PARTIAL_HEADERS, Style.TRICKLE_HEADERS};
        for (int i = 0; i < SLOW_PER_ENDPOINT; i++) {
            attackers.add(new Attacker(slackPort, Style.values()[i % Style.values().length], end));
            attackers.add(new Attacker(opsPort, opsStyles[i % opsStyles.length], end));
        }
        List<Thread> threads = new ArrayList<>();
        for (Attacker a : attackers) threads.add(start("slow-" + threads.size(), a));
        // Let every attacker connect and send its part before the real requests start.
        Thread.sleep(500);

        List<Long> slackMillis = Collections.synchronizedList(new ArrayList<>());
        List<Long> liveMillis = Collections.synchronizedList(new ArrayList<>());
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        Thread slackClient = start("signed", () -> {
            while (System.nanoTime() < end) {
                timed("slack", () -> signedCommand(slackPort), slackMillis, problems);
                pause(50);
            }
        });
        Thread liveClient = start("live", () -> {
            while (System.nanoTime() < end) {
                timed("live", () -> get(opsPort, "/health/live"), liveMillis, problems);
                pause(50);
            }
        });
        slackClient.join(HOLD.toMillis() + 30_000);
        liveClient.join(HOLD.toMillis() + 30_000);
        for (Thread t : threads) t.join(10_000);

        int cutSlack = attackers.stream()
                .filter(a -> a.port == slackPort)
                .mapToInt(a -> a.cut.size())
                .sum();
        int cutOps = attackers.stream()
                .filter(a -> a.port == opsPort)
                .mapToInt(a -> a.cut.size())
                .sum();
        long longest = attackers.stream()
                .flatMap(a -> a.cut.stream())
                .mapToLong(Long::longValue)
                .max()
                .orElse(-1);
        List<String> overdue = new ArrayList<>();
        for (Attacker a : attackers) overdue.addAll(a.overdue);
        System.out.printf(
                Locale.ROOT,
                "slow clients: %d + %d slow connections held %d s; closed by the server %d (slack) + %d (ops) times,"
                        + " the longest after %d ms; signed requests %d, p50 %d ms, p99 %d ms, max %d ms;"
                        + " /health/live %d, p50 %d ms, p99 %d ms, max %d ms%n",
                SLOW_PER_ENDPOINT,
                SLOW_PER_ENDPOINT,
                HOLD.toSeconds(),
                cutSlack,
                cutOps,
                longest,
                slackMillis.size(),
                percentile(slackMillis, 50),
                percentile(slackMillis, 99),
                percentile(slackMillis, 100),
                liveMillis.size(),
                percentile(liveMillis, 50),
                percentile(liveMillis, 99),
                percentile(liveMillis, 100));

        assertTrue(problems.isEmpty(), problems.size() + " real requests not answered with 200: " + problems);
        assertTrue(slackMillis.size() >= 20, "signed requests sent: " + slackMillis.size());
        assertTrue(liveMillis.size() >= 20, "liveness checks sent: " + liveMillis.size());
        assertTrue(
                percentile(slackMillis, 99) < P99_LIMIT_MILLIS, "signed requests p99 " + percentile(slackMillis, 99));
        assertTrue(percentile(liveMillis, 99) < P99_LIMIT_MILLIS, "/health/live p99 " + percentile(liveMillis, 99));
        assertTrue(overdue.isEmpty(), "slow connections the server kept open too long: " + overdue);
        // Every attacker was cut off at least once: the server, not the end of the hold, closed them.
        for (Attacker a : attackers) {
            assertTrue(!a.cut.isEmpty(), a.style + " on port " + a.port + " was never closed by the server");
        }
    }

    /** How a slow client misbehaves. */
    enum Style {
        /** Part of the request line and headers, then nothing. */
        PARTIAL_HEADERS,
        /** All the headers and a few bytes of a 600-byte body, then nothing. */
        PARTIAL_BODY,
        /** The headers one byte every 500 ms: never idle, never done (slowloris). */
        TRICKLE_HEADERS,
        /** The headers, then the body one byte every 500 ms. */
        TRICKLE_BODY
    }

    /** One slow client: connects, misbehaves, waits for the server to close, and does it again. */
    private static final class Attacker implements Runnable {
        final int port;
        final Style style;
        final long end;
        /** How long each connection stayed open before the server closed it, in ms. */
        final List<Long> cut = new ArrayList<>();

        final List<String> overdue = new ArrayList<>();

        Attacker(int port, Style style, long end) {
            this.port = port;
            this.style = style;
            this.end = end;
        }

        @Override
        public void run() {
            while (System.nanoTime() < end) {
                try {
                    once();
                } catch (IOException e) {
                    pause(100); // refused or reset while connecting: try again
                }
            }
        }

        private void once() throws IOException {
            String head = "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nX-Slack-Request-Timestamp: 1700000000\r\n"
                    + "X-Slack-Signature: v0=" + "0".repeat(64) + "\r\nContent-Length: 600\r\n\r\n";
            byte[] first;
            byte[] rest;
            switch (style) {
                case PARTIAL_HEADERS -> {
                    first = ascii(head.substring(0, 60));
                    rest = new byte[0];
                }
                case PARTIAL_BODY -> {
                    first = ascii(head + "command=%2Fmentor");
                    rest = new byte[0];
                }
                case TRICKLE_HEADERS -> {
                    first = ascii(head.substring(0, 1));
                    rest = ascii(head.substring(1));
                }
                default -> {
                    first = ascii(head);
                    rest = ascii("text=" + "a".repeat(595));
                }
            }
            long opened = System.nanoTime();
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
                s.setSoTimeout(500);
                OutputStream out = s.getOutputStream();
                InputStream in = s.getInputStream();
                out.write(first);
                out.flush();
                int next = 0;
                byte[] buffer = new byte[4096];
                while (true) {
                    long open = System.nanoTime() - opened;
                    if (open > WHOLE_REQUEST.plus(CUT_SLACK).toNanos()) {
                        overdue.add(style + " still open after " + open / 1_000_000 + " ms on port " + port);
                        return;
                    }
                    if (System.nanoTime() > end) return; // the hold is over: the attacker leaves
                    try {
                        if (in.read(buffer) < 0) break; // closed by the server (after an answer, if any)
                    } catch (SocketTimeoutException e) {
                        if (next < rest.length) {
                            try {
                                out.write(rest[next++]);
                                out.flush();
                            } catch (IOException closed) {
                                break;
                            }
                        }
                    } catch (IOException reset) {
                        break;
                    }
                }
                cut.add((System.nanoTime() - opened) / 1_000_000);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Real requests

    private interface Call {
        int status() throws IOException;
    }

    private static void timed(String what, Call call, List<Long> millis, List<String> problems) {
        long t0 = System.nanoTime();
        int status;
        try {
            status = call.status();
        } catch (IOException e) {
            status = -1;
            problems.add(what + ": " + e);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        millis.add(ms);
        if (status != 200) problems.add(what + " " + status + " after " + ms + " ms");
    }

    /** {@code /mentor help} as Slack sends it, signed now, on a new connection. */
    private int signedCommand(int port) throws IOException {
        String user = "U0SLOW" + users.incrementAndGet();
        String body = "token=legacy&team_id=T0TEST&team_domain=test&channel_id=C0GENERAL&channel_name=general"
                + "&user_id=" + user + "&user_name=" + user.toLowerCase(Locale.ROOT)
                + "&command=%2Fmentor&text=help&api_app_id=A0MENTOR&is_enterprise_install=false"
                + "&response_url=" + URLEncoder.encode("http://127.0.0.1:9/respond/x", StandardCharsets.UTF_8)
                + "&trigger_id=t" + user;
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(Clock.systemUTC().instant().getEpochSecond());
        String head = "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nX-Slack-Request-Timestamp: " + ts + "\r\n"
                + "X-Slack-Signature: " + signer.sign(ts, bytes) + "\r\nContent-Length: " + bytes.length + "\r\n\r\n";
        return exchange(port, ascii(head), bytes);
    }

    private static int get(int port, String path) throws IOException {
        return exchange(
                port, ascii("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), new byte[0]);
    }

    /** Sends a whole request on a new connection; the status of the answer, read to its end. */
    private static int exchange(int port, byte[] head, byte[] body) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(head);
            out.write(body);
            out.flush();
            byte[] answer = s.getInputStream().readAllBytes();
            String text = new String(answer, StandardCharsets.ISO_8859_1);
            if (!text.startsWith("HTTP/1.1 ")) throw new IOException("no answer: '" + text + "'");
            return Integer.parseInt(text.substring(9, 12));
        }
    }

    private static long percentile(List<Long> millis, int p) {
        List<Long> sorted;
        synchronized (millis) {
            sorted = new ArrayList<>(millis);
        }
        if (sorted.isEmpty()) return -1;
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    // ------------------------------------------------------------------------------------------------
    // The bot and its stand-ins

    private Map<String, String> env(int apiPort) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        Files.writeString(dir.resolve("knowledge.yaml"), Fixtures.minimalText());
        Map<String, String> env = new HashMap<>();
        env.put("MENTOR_KNOWLEDGE_DIR", dir.toString());
        env.put("MENTOR_DATA_DIR", tmp.resolve("data").toString());
        env.put("MENTOR_WATCH_KNOWLEDGE", "false");
        env.put("MENTOR_OPS_HOST", "127.0.0.1");
        env.put("MENTOR_OPS_PORT", "0");
        env.put("SLACK_BOT_TOKEN", "xoxb-test-token");
        env.put("SLACK_SIGNING_SECRET", SECRET);
        env.put("SLACK_API_URL", "http://127.0.0.1:" + apiPort + "/api/");
        env.put("MENTOR_SLACK_HOST", "127.0.0.1");
        env.put("MENTOR_SLACK_PORT", "0");
        return env;
    }

    /** auth.test, one connection at a time: all the bot asks of Slack's Web API here. */
    private static void authTest(ServerSocket api) {
        byte[] ok = "{\"ok\":true,\"team_id\":\"T0TEST\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\"}"
                .getBytes(StandardCharsets.UTF_8);
        while (!api.isClosed()) {
            try (Socket c = api.accept()) {
                c.setSoTimeout(5000);
                InputStream in = new BufferedInputStream(c.getInputStream());
                in.readNBytes(contentLength(in));
                c.getOutputStream()
                        .write(ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                + "Content-Length: " + ok.length + "\r\n\r\n"));
                c.getOutputStream().write(ok);
            } catch (IOException e) {
                if (api.isClosed()) return;
            }
        }
    }

    private static int contentLength(InputStream in) throws IOException {
        int length = 0;
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (c != '\n') {
                line.append((char) c);
                continue;
            }
            String header = line.toString().trim();
            if (header.isEmpty()) return length;
            if (header.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                length = Integer.parseInt(header.substring(15).trim());
            line.setLength(0);
        }
        throw new IOException("the connection closed");
    }

    private static Thread start(String name, Runnable r) {
        Thread t = new Thread(null, r, name, 256 * 1024);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}

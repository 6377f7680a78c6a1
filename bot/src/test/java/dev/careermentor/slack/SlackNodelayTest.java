package dev.careermentor.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.Bot;
import dev.careermentor.Fixtures;
import dev.careermentor.Root;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Slack endpoint's HTTP server runs with TCP_NODELAY when the bot starts as Main starts it: without it,
 * an answer on a reused connection can wait ~40 ms for a delayed ACK. The JDK's HTTP server, which served the
 * endpoint before Jetty, read that setting once per process, when the first server was made, so it could be
 * set too late; Jetty sets it per connector. What is checked is the setting the server actually runs with,
 * once the bot is up, not how fast answers come back (SlackLoad measures that: "keep-alive GET /health
 * p50"). The bot runs in a fresh child process as Main runs it, with a Web API stand-in that is a plain socket.
 */
class SlackNodelayTest {

    @Test
    void theHttpServerRunsWithNodelayWhenTheBotStartsAsMainStartsIt() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(
                        java.toString(),
                        "-Dlogback.configurationFile=none.xml",
                        "-cp",
                        System.getProperty("java.class.path"),
                        SlackNodelayTest.class.getName())
                .redirectErrorStream(true)
                .start();
        child.getOutputStream().close();
        String out;
        try (InputStream in = child.getInputStream()) {
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child bot finished");
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            child.destroyForcibly();
        }
        assertEquals(0, child.exitValue(), out);
        assertEquals("200", line(out, "slack health "), "the Slack endpoint served: " + out);
        assertEquals("true", line(out, "server nodelay "), "the Slack endpoint runs without TCP_NODELAY: " + out);
    }

    private static String line(String out, String prefix) {
        return out.lines()
                .filter(l -> l.startsWith(prefix))
                .map(l -> l.substring(prefix.length()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no '" + prefix + "' line in: " + out));
    }

    /** The child: the whole bot as Main starts it for Slack over HTTP; then what its HTTP server runs with. */
    public static void main(String[] args) throws Exception {
        try (ServerSocket api = new ServerSocket(0, 16, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> authTest(api), "api-stand-in");
            t.setDaemon(true);
            t.start();
            Path tmp = Files.createTempDirectory("nodelay");
            Path dir = Files.createDirectories(tmp.resolve("knowledge"));
            Files.writeString(dir.resolve("knowledge.yaml"), Fixtures.minimalText());
            Map<String, String> env = new HashMap<>();
            env.put("MENTOR_KNOWLEDGE_DIR", dir.toString());
            env.put("MENTOR_DATA_DIR", tmp.resolve("data").toString());
            env.put("MENTOR_WATCH_KNOWLEDGE", "false");
            env.put("MENTOR_OPS_PORT", "0");
            env.put("SLACK_BOT_TOKEN", "xoxb-test-token");
            env.put("SLACK_SIGNING_SECRET", SlackTestClient.SECRET);
            env.put("SLACK_API_URL", "http://127.0.0.1:" + api.getLocalPort() + "/api/");
            env.put("MENTOR_SLACK_HOST", "127.0.0.1");
            env.put("MENTOR_SLACK_PORT", "0");
            Root root = Root.system(env); // what Main does first
            try (Bot bot = root.bot(root.config(), Fixtures.minimal())) {
                SlackAdapter slack = (SlackAdapter) bot.adapters().get(0);
                System.out.println("slack health " + healthStatus(slack.port()));
                System.out.println("server nodelay " + slack.noDelay());
            }
        }
        System.exit(0);
    }

    private static int healthStatus(int port) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(5000);
            s.getOutputStream()
                    .write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            String status = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    /** Reads a head up to the blank line; the Content-Length it gave. */
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

    /** auth.test, one connection at a time: enough for a bot starting up. */
    private static void authTest(ServerSocket api) {
        byte[] ok = "{\"ok\":true,\"team_id\":\"T0TEST\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\"}"
                .getBytes(StandardCharsets.UTF_8);
        while (!api.isClosed()) {
            try (Socket c = api.accept()) {
                InputStream in = new BufferedInputStream(c.getInputStream());
                in.readNBytes(contentLength(in));
                c.getOutputStream()
                        .write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                        + "Content-Length: " + ok.length + "\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                c.getOutputStream().write(ok);
            } catch (IOException e) {
                if (api.isClosed()) return;
            }
        }
    }
}

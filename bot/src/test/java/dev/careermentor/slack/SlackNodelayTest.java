package dev.careermentor.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.Bot;
import dev.careermentor.Fixtures;
import dev.careermentor.Root;
import dev.careermentor.app.Config;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Slack endpoint answers a keep-alive connection at once when the bot starts as Main starts it. The
 * JDK's HTTP server reads its TCP_NODELAY setting once per process, when the first server is made, and
 * the bot makes the ops endpoint before Slack starts: set too late, every answer on a reused connection
 * waited ~40 ms for a delayed ACK. Only a fresh JVM shows it (in this one the stand-ins made a server
 * long ago), so the bot runs in a child process, with a Web API stand-in that is a plain socket.
 */
class SlackNodelayTest {

    @Test
    void keepAliveAnswersDoNotWaitForADelayedAck() throws Exception {
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
        String line = out.lines()
                .filter(l -> l.startsWith("health p50 ms "))
                .findFirst()
                .orElseThrow(() -> new AssertionError(out));
        double p50 = Double.parseDouble(line.substring("health p50 ms ".length()));
        assertTrue(p50 < 20, "keep-alive answers wait for a delayed ACK: median " + p50 + " ms");
    }

    /** The child: the whole bot as Main starts it for Slack over HTTP, then 40 GET /health on one connection. */
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
            try (Bot bot = Root.system(env).bot(Config.from(env), Fixtures.minimal())) {
                int port = ((SlackAdapter) bot.adapters().get(0)).port();
                System.out.println("health p50 ms " + healthMedian(port));
            }
        }
        System.exit(0);
    }

    private static double healthMedian(int port) throws IOException {
        long[] nanos = new long[40];
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setTcpNoDelay(true);
            s.setSoTimeout(5000);
            InputStream in = new BufferedInputStream(s.getInputStream());
            OutputStream out = s.getOutputStream();
            for (int i = 0; i < nanos.length; i++) {
                long start = System.nanoTime();
                out.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                in.readNBytes(contentLength(in));
                nanos[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        return nanos[nanos.length / 2] / 1e6;
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
            if (header.toLowerCase().startsWith("content-length:"))
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

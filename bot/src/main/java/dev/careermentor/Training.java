package dev.careermentor;

import com.sun.net.httpserver.HttpServer;
import dev.careermentor.app.DiscordSettings;
import dev.careermentor.app.MentorApp;
import dev.careermentor.app.Metrics;
import dev.careermentor.app.SlackSettings;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.command.Command;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.PlainText;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.session.Cooldowns;
import dev.careermentor.discord.DiscordAdapter;
import dev.careermentor.discord.DiscordRenderer;
import dev.careermentor.slack.SlackAdapter;
import dev.careermentor.slack.SlackRenderer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A short, offline workload that touches what a real start and the first answers load: every command,
 * a quiz, moderator commands, metrics, and the Slack and Discord renderers. Run under
 * {@code -XX:ArchiveClassesAtExit} it records the classes for a class-data archive (AppCDS).
 */
final class Training {
    private Training() {}

    /** Starts the Slack adapter against a stub Web API on loopback, so its start-up classes are recorded. */
    private static void startSlack(Root root, MentorApp app) throws IOException {
        HttpServer stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        stub.createContext("/api/", ex -> {
            ex.getRequestBody().readAllBytes();
            byte[] ok = "{\"ok\":true,\"team_id\":\"T0TRAIN\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\"}"
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, ok.length);
            ex.getResponseBody().write(ok);
            ex.close();
        });
        stub.start();
        SlackAdapter slack = root.slack(
                new SlackSettings(
                        "training-secret",
                        "xoxb-training",
                        null,
                        URI.create("http://127.0.0.1:" + stub.getAddress().getPort() + "/api/"),
                        "127.0.0.1",
                        0),
                app.mentor());
        try {
            slack.start();
        } catch (Exception e) {
            System.err.println("training: Slack start failed (" + e.getMessage() + ")");
        } finally {
            slack.stop(Duration.ZERO);
            stub.stop(0);
        }
    }

    /** Starts the Discord adapter against a closed port: JDA loads its login path, then gives up. */
    private static void startDiscord(Root root, MentorApp app) {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext ctx) {
            ctx.getLogger("net.dv8tion").setLevel(ch.qos.logback.classic.Level.OFF); // its failed login is expected
        }
        DiscordAdapter discord = root.discord(
                new DiscordSettings(
                        "MTIz.training.token",
                        null,
                        URI.create("http://127.0.0.1:1/api/v10/"),
                        URI.create("ws://127.0.0.1:1/")),
                app.mentor());
        try {
            discord.start();
        } catch (Exception expected) {
            // nothing listens there; the classes on the way are what the archive wants
        } finally {
            discord.stop(Duration.ZERO);
        }
    }

    /** The workload, on the process as {@code root} wires it (its time, its adapters). */
    static int run(Root root, Knowledge knowledge) throws IOException {
        Path tmp = Files.createTempDirectory("career-mentor-training");
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        PrometheusMeterRegistry registry = Metrics.registry();
        try (var gc = Metrics.bindJvm(registry);
                MentorApp app = root.app(knowledge)
                        .metrics(registry)
                        .cooldowns(Cooldowns.Settings.DEFAULT)
                        .moderation(dir, tmp.resolve("data"), null)
                        .build()) {
            DiscordRenderer discord = new DiscordRenderer();
            int answers = 0;
            for (Surface surface : Surface.values()) {
                User user = new User(surface, "T0TRAIN", "U0TRAIN");
                for (Command c : app.mentor().commands()) {
                    Reply r =
                            app.mentor().handleText(user, c.name() + (c.params().isEmpty() ? "" : " serving"));
                    SlackRenderer.render(r);
                    discord.render(r);
                    PlainText.render(r);
                    answers++;
                }
                Reply q = app.mentor().handleText(user, "quiz");
                while (q.kind() == Reply.Kind.QUIZ_QUESTION) {
                    String id = q.buttons().stream()
                            .filter(b -> b.kind() == Button.Kind.CHOICE)
                            .map(Button::id)
                            .findFirst()
                            .orElseThrow();
                    q = app.mentor().handleComponent(user, id);
                }
                SlackRenderer.render(q);
                discord.render(q);
                app.mentor().autocomplete("specialization", "name", "serv", 25);
            }
            for (String cmd : new String[] {"status", "validate", "history 3", "stale", "reports", "stats"}) {
                app.mentor().handleAdmin(new User(Surface.CONSOLE, "local", "trainer"), "trainer", true, cmd);
            }
            registry.scrape();
            startSlack(root, app);
            startDiscord(root, app);
            System.out.println("training done: " + answers + " answers");
            return 0;
        } finally {
            try (var paths = Files.walk(tmp)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}

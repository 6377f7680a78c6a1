package dev.careermentor.bench;

import dev.careermentor.app.MentorApp;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.knowledge.KnowledgeLoader;
import dev.careermentor.core.session.Cooldowns;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The bot as production wires it (metrics on, cooldowns on) over the repository's real knowledge. Run
 * the benchmarks from the repository root, or pass -Dmentor.knowledge=DIR.
 */
final class BenchApp {
    private BenchApp() {}

    static Path knowledgeDir() {
        Path dir = Path.of(System.getProperty("mentor.knowledge", "knowledge"));
        if (!Files.isRegularFile(dir.resolve("knowledge.yaml"))) {
            throw new IllegalStateException("no knowledge.yaml in " + dir.toAbsolutePath()
                    + ": run from the repository root or pass -Dmentor.knowledge=DIR");
        }
        return dir;
    }

    /** As production wires it, minus per-user cooldowns: a benchmark loop would spend its budget at once. */
    static MentorApp.Builder withoutCooldowns() {
        var loaded = new KnowledgeLoader(Clock.systemUTC()).load(knowledgeDir());
        if (!loaded.ok()) throw new IllegalStateException("invalid knowledge: " + loaded.problems());
        return MentorApp.builder(loaded.knowledge()).metrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    static MentorApp.Builder builder() {
        var loaded = new KnowledgeLoader(Clock.systemUTC()).load(knowledgeDir());
        if (!loaded.ok()) throw new IllegalStateException("invalid knowledge: " + loaded.problems());
        return MentorApp.builder(loaded.knowledge())
                .metrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))
                .cooldowns(Cooldowns.Settings.DEFAULT);
    }

    /** A pool of distinct users, so per-user cooldowns see realistic traffic, not one flooding user. */
    static User[] users(int n, Surface surface) {
        User[] users = new User[n];
        for (int i = 0; i < n; i++) {
            users[i] = new User(surface, "T0" + (i % 16), String.format("U%08d", i));
        }
        return users;
    }
}

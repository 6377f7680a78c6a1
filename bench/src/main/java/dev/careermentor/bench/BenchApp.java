package dev.careermentor.bench;

import dev.careermentor.Root;
import dev.careermentor.app.MentorApp;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.session.Cooldowns;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The bot as production wires it (metrics on, cooldowns on) over the repository's real knowledge, built
 * by the same composition root as the bot. Run the benchmarks from the repository root, or pass
 * -Dmentor.knowledge=DIR (it stands for MENTOR_KNOWLEDGE_DIR).
 */
public final class BenchApp {
    private BenchApp() {}

    /** The process's root, with -Dmentor.knowledge as the knowledge folder when given. */
    public static Root root() {
        Map<String, String> env = new HashMap<>(System.getenv());
        String dir = System.getProperty("mentor.knowledge");
        if (dir != null) env.put("MENTOR_KNOWLEDGE_DIR", dir);
        return Root.system(env);
    }

    public static Path knowledgeDir() {
        return knowledgeDir(root());
    }

    public static Path knowledgeDir(Root root) {
        Path dir = root.paths().knowledgeDir();
        if (!Files.isRegularFile(dir.resolve("knowledge.yaml"))) {
            throw new IllegalStateException("no knowledge.yaml in " + dir.toAbsolutePath()
                    + ": run from the repository root or pass -Dmentor.knowledge=DIR");
        }
        return dir;
    }

    /** The repository's knowledge, loaded and validated as the bot loads it. */
    public static Knowledge knowledge(Root root) {
        var loaded = root.loader().load(knowledgeDir(root));
        if (!loaded.ok()) throw new IllegalStateException("invalid knowledge: " + loaded.problems());
        return loaded.knowledge();
    }

    /** As production wires it, minus per-user cooldowns: a benchmark loop would spend its budget at once. */
    static MentorApp.Builder withoutCooldowns() {
        Root root = root();
        return root.app(knowledge(root)).metrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    static MentorApp.Builder builder() {
        return withoutCooldowns().cooldowns(Cooldowns.Settings.DEFAULT);
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

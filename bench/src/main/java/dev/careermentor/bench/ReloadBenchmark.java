package dev.careermentor.bench;

import dev.careermentor.app.MentorApp;
import dev.careermentor.core.moderation.Actor;
import dev.careermentor.core.moderation.ReloadOutcome;
import dev.careermentor.core.moderation.Reloader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A full reload of the real knowledge: read, parse, validate, build the indexes, diff, write the audit
 * entry (synced to disk) and swap. Alternates between two versions so every reload changes something.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class ReloadBenchmark {
    private Path tmp;
    private Path file;
    private String v1;
    private String v2;
    private MentorApp app;
    private boolean flip;
    private final Actor actor = new Actor("bench", "local", "bench", "bench");

    @Setup
    public void setUp() throws Exception {
        tmp = Files.createTempDirectory("reload-bench");
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        file = dir.resolve("knowledge.yaml");
        v1 = Files.readString(BenchApp.knowledgeDir().resolve("knowledge.yaml"));
        v2 = v1.replace("early: { min: 180000, max: 280000 }", "early: { min: 185000, max: 280000 }");
        if (v2.equals(v1)) throw new IllegalStateException("the benchmark's edit no longer applies");
        Files.writeString(file, v1);
        app = BenchApp.builder().moderation(dir, tmp.resolve("data"), null).build();
    }

    @TearDown
    public void tearDown() throws Exception {
        app.close();
        try (var paths = Files.walk(tmp)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public ReloadOutcome reload() throws Exception {
        flip = !flip;
        Files.writeString(file, flip ? v2 : v1);
        ReloadOutcome o = app.moderation().reloader().reload(actor, Reloader.Trigger.MANUAL);
        if (o.result() != ReloadOutcome.Result.OK) throw new IllegalStateException("reload " + o.result());
        return o;
    }
}

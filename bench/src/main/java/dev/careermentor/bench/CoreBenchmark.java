package dev.careermentor.bench;

import dev.careermentor.app.MentorApp;
import dev.careermentor.core.Mentor;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.reply.Reply;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One answer per command, through Mentor.handleText exactly as Slack and the terminal call it, with
 * metrics on. Per-user cooldowns are off: a loop this fast would spend every user's budget at once (the
 * Slack load test runs with them on). Run in SampleTime mode for p50/p99 and with -prof gc for bytes
 * allocated per answer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class CoreBenchmark {

    @Param({
        "help",
        "paths",
        "path research",
        "specializations",
        "specialization serving",
        "salary",
        "salary serving senior",
        "compare applied llm vs serving",
        "switch backend serving",
        "role",
        "become",
        "hiring",
        "choose",
        "ask how much do mlops engineers earn",
        "sources",
        "quiz",
        "servng"
    })
    public String line;

    private MentorApp app;
    private Mentor mentor;
    private User[] users;
    private int next;

    @Setup
    public void setUp() {
        app = BenchApp.withoutCooldowns().build();
        mentor = app.mentor();
        users = BenchApp.users(100_000, Surface.SLACK);
    }

    @TearDown
    public void tearDown() throws Exception {
        app.close();
    }

    @Benchmark
    public Reply answer() {
        User u = users[next++ % users.length];
        return mentor.handleText(u, line);
    }
}

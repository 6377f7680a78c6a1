package dev.careermentor.bench;

import dev.careermentor.app.MentorApp;
import dev.careermentor.core.Mentor;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.eval.EvalFile;
import dev.careermentor.core.eval.EvalSet;
import dev.careermentor.core.knowledge.KnowledgeLoader;
import dev.careermentor.core.reply.Reply;
import java.time.Clock;
import java.util.List;
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
 * A question typed in plain words, answered through Mentor.handleText as Slack and the terminal call it
 * (metrics on, cooldowns off). {@code eval} cycles through every question of knowledge/eval.yaml, so its
 * p99 is over the whole mix of kinds and both languages; the others are one kind each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class FreeTextBenchmark {

    @Param({
        "eval",
        "which specialization pays the most?",
        "what skills does a serving engineer need",
        "I'm a backend dev, where should I go?",
        "what is RLHF",
        "how long does it take to switch from mlops to serving?",
        "推理方向资深工程师年薪多少",
        "what's the capital of France?",
        "how much do ML engineers make in London?"
    })
    public String question;

    private MentorApp app;
    private Mentor mentor;
    private User[] users;
    private String[] questions;
    private int next;

    @Setup
    public void setUp() {
        app = BenchApp.withoutCooldowns().build();
        mentor = app.mentor();
        users = BenchApp.users(100_000, Surface.SLACK);
        if (question.equals("eval")) {
            var k = new KnowledgeLoader(Clock.systemUTC())
                    .load(BenchApp.knowledgeDir())
                    .knowledge();
            List<EvalFile.Case> cases = EvalSet.load(BenchApp.knowledgeDir().resolve(EvalSet.FILE_NAME), k)
                    .file()
                    .cases();
            questions = cases.stream().map(EvalFile.Case::q).toArray(String[]::new);
        } else {
            questions = new String[] {question};
        }
    }

    @TearDown
    public void tearDown() throws Exception {
        app.close();
    }

    @Benchmark
    public Reply answer() {
        int i = next++;
        return mentor.handleText(users[i % users.length], questions[i % questions.length]);
    }
}

package dev.careermentor.bench;

import dev.careermentor.app.MentorApp;
import dev.careermentor.core.Mentor;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Reply;
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
 * A whole quiz: start, then one click per question to the result, as button clicks. One operation is
 * the whole quiz (6 answers), so divide by 6 for the cost per answer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class QuizBenchmark {
    private MentorApp app;
    private Mentor mentor;
    private User[] users;
    private int next;

    @Setup
    public void setUp() {
        app = BenchApp.withoutCooldowns().build();
        mentor = app.mentor();
        users = BenchApp.users(100_000, Surface.DISCORD);
    }

    @TearDown
    public void tearDown() throws Exception {
        app.close();
    }

    @Benchmark
    public Reply wholeQuiz() {
        User u = users[next++ % users.length];
        Reply r = mentor.handleText(u, "quiz");
        int choice = next % 2;
        while (r.kind() == Reply.Kind.QUIZ_QUESTION) {
            String id = null;
            int seen = 0;
            for (Button b : r.buttons()) {
                if (b.kind() == Button.Kind.CHOICE && seen++ == choice) {
                    id = b.id();
                    break;
                }
            }
            r = mentor.handleComponent(u, id);
        }
        if (r.kind() != Reply.Kind.QUIZ_RESULT) throw new IllegalStateException("quiz ended with " + r.title());
        return r;
    }
}

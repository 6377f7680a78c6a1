package dev.careermentor.bench;

import dev.careermentor.app.MentorApp;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.moderation.Actor;
import dev.careermentor.core.moderation.ReloadOutcome;
import dev.careermentor.core.moderation.Reloader;
import dev.careermentor.core.reply.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers per second from several threads, first with no reloads, then with a reload every 100 ms,
 * in one run; reports reload times and answers that failed (an internal error or a mixed version).
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.careermentor.bench.ReloadUnderLoad [seconds] [threads]</pre>
 *
 * {@code -Dreload.verbose=true} also prints every reload's time in order, which shows whether the slow
 * ones are the process's first (the JIT still compiling the reload path) or spread through the run.
 */
public final class ReloadUnderLoad {
    private ReloadUnderLoad() {}

    public static void main(String[] args) throws Exception {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext ctx) {
            ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
        }
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path tmp = Files.createTempDirectory("reload-load");
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        Path file = dir.resolve("knowledge.yaml");
        String v1 = Files.readString(BenchApp.knowledgeDir().resolve("knowledge.yaml"));
        String v2 = v1.replace("early: { min: 180000, max: 280000 }", "early: { min: 185000, max: 280000 }");
        Files.writeString(file, v1);
        // Cooldowns off: the readers are a load, not people, and would spend every budget at once.
        try (MentorApp app = BenchApp.withoutCooldowns()
                .moderation(dir, tmp.resolve("data"), null)
                .build()) {
            warm(app);
            warmReloads(app, file, v1, v2);
            Result quiet = run(app, seconds, threads, null, v1, v2);
            Result reloading = run(app, seconds, threads, file, v1, v2);
            System.out.println("phase,answers_per_s,failed_answers,reloads,reload_p50_ms,reload_p99_ms,reload_max_ms");
            System.out.println(quiet.row("no reloads"));
            System.out.println(reloading.row("reload every 100 ms"));
            System.out.printf("ratio (with / without reloads): %.3f%n", reloading.rate() / quiet.rate());
            if (Boolean.getBoolean("reload.verbose")) {
                System.out.println(Arrays.toString(Arrays.stream(reloading.reloadNanos())
                        .map(n -> n / 1_000_000)
                        .toArray()));
            }
        }
    }

    record Result(long answers, long failed, double seconds, long[] reloadNanos) {
        double rate() {
            return answers / seconds;
        }

        String row(String phase) {
            long[] sorted = reloadNanos.clone();
            Arrays.sort(sorted);
            return String.format(
                    "%s,%.0f,%d,%d,%s,%s,%s",
                    phase,
                    rate(),
                    failed,
                    sorted.length,
                    pct(sorted, 0.5),
                    pct(sorted, 0.99),
                    sorted.length == 0 ? "-" : String.format("%.1f", sorted[sorted.length - 1] / 1e6));
        }

        private static String pct(long[] sorted, double p) {
            if (sorted.length == 0) return "-";
            return String.format(
                    "%.1f", sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6);
        }
    }

    private static void warm(MentorApp app) {
        User u = new User(Surface.CONSOLE, "local", "warm");
        for (int i = 0; i < 20_000; i++) app.mentor().handleText(u, i % 2 == 0 ? "specialization serving" : "salary");
    }

    /** The reload path's first runs are interpreted and cold; measure it warm, like answers. */
    private static void warmReloads(MentorApp app, Path file, String v1, String v2) throws Exception {
        Actor actor = new Actor("bench", "local", "warm-up", "warm-up");
        for (int i = 0; i < 20; i++) {
            Files.writeString(file, i % 2 == 0 ? v2 : v1);
            app.moderation().reloader().reload(actor, Reloader.Trigger.MANUAL);
        }
    }

    private static Result run(MentorApp app, int seconds, int threads, Path file, String v1, String v2)
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong answers = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            User[] users = BenchApp.users(50_000, Surface.SLACK);
            int offset = t;
            Thread w = new Thread(() -> {
                int i = offset;
                while (!stop.get()) {
                    Reply r = app.mentor().handleText(users[i++ % users.length], "specialization serving");
                    String pay = r.fields().stream()
                            .filter(f -> f.name().startsWith("Pay"))
                            .findFirst()
                            .map(f -> f.value())
                            .orElse("");
                    if (r.kind() != Reply.Kind.ANSWER
                            || !(pay.contains("$180K–$280K") || pay.contains("$185K–$280K"))) {
                        failed.incrementAndGet();
                    }
                    answers.incrementAndGet();
                }
            });
            workers.add(w);
        }
        List<Long> reloads = new ArrayList<>();
        long start = System.nanoTime();
        workers.forEach(Thread::start);
        long end = start + seconds * 1_000_000_000L;
        boolean flip = false;
        Actor actor = new Actor("bench", "local", "bench", "bench");
        while (System.nanoTime() < end) {
            if (file != null) {
                flip = !flip;
                Files.writeString(file, flip ? v2 : v1);
                long t0 = System.nanoTime();
                ReloadOutcome o = app.moderation().reloader().reload(actor, Reloader.Trigger.MANUAL);
                reloads.add(System.nanoTime() - t0);
                if (o.result() != ReloadOutcome.Result.OK) throw new IllegalStateException("reload " + o.result());
            }
            Thread.sleep(100);
        }
        stop.set(true);
        for (Thread w : workers) w.join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Result(
                answers.get(),
                failed.get(),
                elapsed,
                reloads.stream().mapToLong(Long::longValue).toArray());
    }
}

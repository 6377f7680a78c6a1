package dev.careermentor.core.metrics;

import dev.careermentor.core.Surface;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.reply.Reply;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * The bot's metrics, named once here. Micrometer turns "mentor.answers" into the Prometheus series
 * mentor_answers_total; see docs/operations.md for every series.
 */
public final class Telemetry {
    private final MeterRegistry registry;
    private final MultiGauge knowledgeInfo;
    /** Meters on the answer path, looked up once: registering a meter per answer costs more than the answer. */
    private final Map<String, Counter> answers = new ConcurrentHashMap<>();

    private final Map<Surface, Timer> latency = new ConcurrentHashMap<>();

    /** What the README's alerts watch with increase(): present at 0 from start, so the first one counts. */
    static final List<String> RELOAD_RESULTS = List.of("ok", "unchanged", "failed");

    static final List<String> REFUSAL_REASONS = List.of("cooldown", "permission", "bad_signature");

    /** Answer latency buckets: 14 from 0.1 ms to 5 s, enough to read p50/p99 of a core answer and a slow one. */
    static final Duration[] LATENCY_BUCKETS = {
        Duration.ofNanos(100_000),
        Duration.ofNanos(250_000),
        Duration.ofNanos(500_000),
        Duration.ofMillis(1),
        Duration.ofMillis(2),
        Duration.ofMillis(5),
        Duration.ofMillis(10),
        Duration.ofMillis(25),
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofSeconds(5)
    };

    public Telemetry(MeterRegistry registry) {
        this.registry = registry;
        this.knowledgeInfo = MultiGauge.builder("mentor.knowledge.info")
                .description("1 for the knowledge version now live, labelled with its version")
                .register(registry);
        for (String result : RELOAD_RESULTS) counter("mentor.knowledge.reloads", RELOADS, "result", result);
        for (Surface surface : List.of(Surface.SLACK, Surface.DISCORD)) {
            for (String reason : REFUSAL_REASONS) {
                counter("mentor.refusals", REFUSALS, "reason", reason, "surface", surface.label());
            }
        }
    }

    private static final String RELOADS = "Knowledge reload attempts, by result";
    private static final String REFUSALS = "Requests refused, by reason and surface";

    /** mentor_build_info{version, revision} 1: which build is running, for dashboards and alerts. */
    public void buildInfo(String version, String revision) {
        Gauge.builder("mentor.build.info", () -> 1)
                .description("1, labelled with the running build's version and git revision")
                .tags("version", version, "revision", revision)
                .register(registry);
    }

    /** Records nothing: for tests and tools. */
    public static Telemetry noop() {
        return new Telemetry(new CompositeMeterRegistry());
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** One answer: which command (or "component", "admin ..."), where, what kind, how long it took. */
    public void answered(Surface surface, String command, Reply.Kind kind, long nanos) {
        answers.computeIfAbsent(
                        command + '\u0000' + surface.name() + '\u0000' + kind.name(),
                        key -> Counter.builder("mentor.answers")
                                .description("Answers given, by command, surface and reply kind")
                                .tags(
                                        "command",
                                        command,
                                        "surface",
                                        surface.label(),
                                        "kind",
                                        kind.name().toLowerCase(Locale.ROOT))
                                .register(registry))
                .increment();
        latency.computeIfAbsent(
                        surface,
                        s -> Timer.builder("mentor.answer.latency")
                                .description("Time to build an answer in the core, from request to reply")
                                .tags("surface", s.label())
                                .serviceLevelObjectives(LATENCY_BUCKETS)
                                .register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    public void quizStarted(Surface surface) {
        count("mentor.quiz.started", "Quizzes started", "surface", surface.label());
    }

    public void quizCompleted(Surface surface, String specialization) {
        count(
                "mentor.quiz.completed",
                "Quizzes finished, by recommended specialization",
                "surface",
                surface.label(),
                "specialization",
                specialization);
    }

    /** A quiz left unfinished: cancelled, or its session dropped while idle. */
    public void quizAbandoned(String how) {
        count("mentor.quiz.abandoned", "Quizzes left unfinished, by how", "how", how);
    }

    public void sessionEvicted(String cause) {
        count("mentor.sessions.evicted", "Quiz sessions dropped by the cache, by cause", "cause", cause);
    }

    /** A request refused: cooldown, permission, or bad_signature. */
    public void refused(String reason, Surface surface) {
        count("mentor.refusals", REFUSALS, "reason", reason, "surface", surface.label());
    }

    /** A reload attempt's result: ok, unchanged or failed. */
    public void reload(String result) {
        count("mentor.knowledge.reloads", RELOADS, "result", result);
    }

    /** Publishes a value read on each scrape, e.g. the number of live sessions. */
    public <T> void gauge(String name, String description, T source, ToDoubleFunction<T> value) {
        Gauge.builder(name, source, value)
                .description(description)
                .strongReference(true)
                .register(registry);
    }

    /** Labels mentor_knowledge_info with the live version; call after every swap. */
    public void knowledgeLoaded(Knowledge k) {
        knowledgeInfo.register(List.of(MultiGauge.Row.of(Tags.of("version", k.version()), 1)), true);
    }

    /** The time the live knowledge was loaded, as seconds since the epoch. */
    public void bindKnowledge(Supplier<Knowledge> live) {
        Gauge.builder(
                        "mentor.knowledge.loaded.timestamp",
                        live,
                        l -> l.get().loadedAt().toEpochMilli() / 1000.0)
                .description("When the live knowledge was loaded (seconds since the epoch)")
                .baseUnit("seconds")
                .strongReference(true)
                .register(registry);
    }

    private void count(String name, String description, String... tags) {
        counter(name, description, tags).increment();
    }

    private Counter counter(String name, String description, String... tags) {
        return Counter.builder(name).description(description).tags(tags).register(registry);
    }
}

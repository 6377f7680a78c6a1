package dev.careermentor.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;

/** The Prometheus registry the bot serves, and the JVM and process meters Micrometer provides. */
public final class Metrics {
    private Metrics() {}

    /**
     * Micrometer meters whose Prometheus names promtool rejects: process.cpu.time becomes
     * {@code process_cpu_time_ns_total} (a unit that is not a base unit) and system.cpu.count
     * {@code system_cpu_count} (a count gauge that reads as a counter). process_cpu_usage and
     * jvm_info-style meters carry the same information.
     */
    static final java.util.Set<String> DROPPED = java.util.Set.of("process.cpu.time", "system.cpu.count");

    /** The registry /metrics serves, with the meters promtool rejects left out. */
    public static io.micrometer.prometheusmetrics.PrometheusMeterRegistry registry() {
        var registry = new io.micrometer.prometheusmetrics.PrometheusMeterRegistry(
                io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT);
        registry.config()
                .meterFilter(
                        io.micrometer.core.instrument.config.MeterFilter.deny(id -> DROPPED.contains(id.getName())));
        return registry;
    }

    /** Binds them; the returned GC binder must be closed on shutdown. */
    public static JvmGcMetrics bindJvm(MeterRegistry registry) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        return gc;
    }
}

package dev.careermentor.adapter;

import java.time.Duration;

/** A chat platform the process serves (Slack, Discord): started at boot, stopped on SIGTERM. */
public interface PlatformAdapter extends AutoCloseable {

    /** "slack" or "discord", for logs and health checks. */
    String name();

    /** Connects and starts taking requests; returns once started, or throws saying why not. */
    void start() throws Exception;

    /** True while connected and able to answer (Slack server listening or socket open, Discord gateway up). */
    boolean ready();

    /**
     * Stops taking new requests, lets those in flight finish within {@code grace}, then disconnects.
     * Safe to call more than once.
     */
    void stop(Duration grace);

    @Override
    default void close() {
        stop(Duration.ofSeconds(10));
    }
}

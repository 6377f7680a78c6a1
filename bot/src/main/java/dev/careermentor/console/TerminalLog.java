package dev.careermentor.console;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import dev.careermentor.core.io.DataFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * In the terminal the screen is the user interface, so log lines must not print over the prompt: while
 * this is open the log goes to {@code logs/career-mentor.log} in the data folder instead of the console,
 * rolled at 10 MB with three older files kept (40 MB at most). Closing it puts the console back.
 */
public final class TerminalLog implements AutoCloseable {
    public static final String FILE = "career-mentor.log";
    static final String MAX_FILE_SIZE = "10MB";
    static final int OLD_FILES = 3;

    private final Path file;
    private final @Nullable Logger root;
    private final @Nullable RollingFileAppender<ILoggingEvent> appender;
    private final List<Appender<ILoggingEvent>> previous;

    private TerminalLog(
            Path file,
            @Nullable Logger root,
            @Nullable RollingFileAppender<ILoggingEvent> appender,
            List<Appender<ILoggingEvent>> previous) {
        this.file = file;
        this.root = root;
        this.appender = appender;
        this.previous = previous;
    }

    /** The log file for a data folder. */
    public static Path file(Path dataDir) {
        return dataDir.resolve("logs").resolve(FILE);
    }

    /**
     * Sends the log to the file in {@code dataDir}. If the file cannot be written (or logging is not
     * Logback), nothing changes and {@link #active()} is false.
     */
    public static TerminalLog open(Path dataDir) {
        Path file = file(dataDir);
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
            return new TerminalLog(file, null, null, List.of());
        }
        try {
            DataFiles.append(file, "", false); // 0600 in a 0700 folder, as the bot's other data files
        } catch (IOException | RuntimeException cannotWrite) {
            return new TerminalLog(file, null, null, List.of());
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{20} - %msg%n");
        encoder.start();

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(ctx);
        appender.setName("TERMINAL-FILE");
        appender.setFile(file.toString());

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(ctx);
        rolling.setParent(appender);
        rolling.setFileNamePattern(file.resolveSibling("career-mentor.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(OLD_FILES);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(ctx);
        trigger.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
        trigger.start();

        appender.setEncoder(encoder);
        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.start();
        if (!appender.isStarted()) {
            return new TerminalLog(file, null, null, List.of());
        }
        Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        List<Appender<ILoggingEvent>> previous = new ArrayList<>();
        root.iteratorForAppenders().forEachRemaining(previous::add);
        root.addAppender(appender);
        previous.forEach(root::detachAppender);
        return new TerminalLog(file, root, appender, previous);
    }

    /** Whether the log goes to {@link #file()}. */
    public boolean active() {
        return appender != null;
    }

    public Path file() {
        return file;
    }

    /** Puts the console back and closes the file. */
    @Override
    public void close() {
        if (root == null || appender == null) return;
        previous.forEach(root::addAppender);
        root.detachAppender(appender);
        appender.stop();
    }
}

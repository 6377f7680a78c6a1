package dev.careermentor;

import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * Log events a test provokes on purpose (a refused connection, a hostile payload, a torn file), kept for the
 * test to assert on instead of printed into the build's output. Register it with {@code @RegisterExtension}
 * and name what is expected: a logger (or a prefix of its name), a level, a fragment of the message and,
 * optionally, the exception types that may appear in the event's cause chain. Only matching events are held
 * back; anything else the code logs, an unexpected error above all, still prints as usual.
 */
public final class ExpectedLogs implements BeforeEachCallback, AfterEachCallback {

    /** One event held back: enough to assert on. */
    public record Event(
            String logger,
            Level level,
            String message,
            @Nullable Throwable thrown) {
        /** Whether the exception or one of its causes is of that type. */
        public boolean causedBy(Class<? extends Throwable> type) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (type.isInstance(t)) return true;
                if (t.getCause() == t) break;
            }
            return false;
        }
    }

    private record Expectation(String logger, Level level, String fragment, List<Class<? extends Throwable>> causes) {
        boolean matches(String name, Level lvl, String message, @Nullable Throwable thrown) {
            if (!(name.equals(logger) || name.startsWith(logger + "."))) return false;
            if (lvl != level || !message.contains(fragment)) return false;
            if (causes.isEmpty()) return true;
            Event e = new Event(name, lvl, message, thrown);
            return causes.stream().anyMatch(e::causedBy);
        }
    }

    private final List<Expectation> expectations = new ArrayList<>();
    private final List<Event> held = new CopyOnWriteArrayList<>();
    private final TurboFilter filter = new TurboFilter() {
        @Override
        public FilterReply decide(
                @Nullable Marker marker,
                Logger logger,
                Level level,
                @Nullable String format,
                @Nullable Object[] params,
                @Nullable Throwable t) {
            if (format == null || !level.isGreaterOrEqual(logger.getEffectiveLevel())) return FilterReply.NEUTRAL;
            Throwable thrown = t;
            if (thrown == null
                    && params != null
                    && params.length > 0
                    && params[params.length - 1] instanceof Throwable x) {
                thrown = x;
            }
            String message = MessageFormatter.arrayFormat(format, params).getMessage();
            for (Expectation e : expectations) {
                if (e.matches(logger.getName(), level, message, thrown)) {
                    held.add(new Event(logger.getName(), level, message, thrown));
                    return FilterReply.DENY;
                }
            }
            return FilterReply.NEUTRAL;
        }
    };

    private ExpectedLogs() {}

    /** Expects events from {@code logger} (that logger or any below it) at {@code level} containing the fragment. */
    @SafeVarargs
    public static ExpectedLogs of(
            String logger, Level level, String fragment, Class<? extends Throwable>... causedByOneOf) {
        return new ExpectedLogs().and(logger, level, fragment, causedByOneOf);
    }

    @SafeVarargs
    public static ExpectedLogs of(
            Class<?> logger, Level level, String fragment, Class<? extends Throwable>... causedByOneOf) {
        return of(logger.getName(), level, fragment, causedByOneOf);
    }

    /** One more kind of expected event. */
    @SafeVarargs
    public final ExpectedLogs and(
            String logger, Level level, String fragment, Class<? extends Throwable>... causedByOneOf) {
        expectations.add(new Expectation(logger, level, fragment, List.of(causedByOneOf)));
        return this;
    }

    /** The events held back so far, in order. */
    public List<Event> events() {
        return List.copyOf(held);
    }

    /** The held events whose message contains the fragment. */
    public List<Event> events(String fragment) {
        return held.stream().filter(e -> e.message().contains(fragment)).toList();
    }

    /** Waits (events may come from another thread) until one held event contains the fragment, and returns it. */
    public Event awaitOne(String fragment, Duration atMost) {
        await("a log event containing '" + fragment + "'")
                .atMost(atMost)
                .until(() -> !events(fragment).isEmpty());
        return events(fragment).get(0);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        held.clear();
        filter.setName("expected-logs");
        filter.start();
        loggerContext().addTurboFilter(filter);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        loggerContext().getTurboFilterList().remove(filter);
        filter.stop();
    }

    private static LoggerContext loggerContext() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }
}

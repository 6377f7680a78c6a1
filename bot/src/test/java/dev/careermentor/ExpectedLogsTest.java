package dev.careermentor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** Only what a test declares expected is held back from the build's output; every other event still prints. */
class ExpectedLogsTest {
    private static final String NAME = "dev.careermentor.expected-logs-test";

    @RegisterExtension
    final ExpectedLogs logs = ExpectedLogs.of(NAME, Level.WARN, "could not be answered", IOException.class);

    private final Logger log = (Logger) LoggerFactory.getLogger(NAME + ".inner");
    private final Logger sibling = (Logger) LoggerFactory.getLogger(NAME + "-sibling");
    private final ListAppender<ILoggingEvent> printed = new ListAppender<>();

    @BeforeEach
    void listen() {
        printed.start();
        for (Logger l : List.of(log, sibling)) {
            l.addAppender(printed); // stands in for the console: sees what would be printed
            l.setAdditive(false); // and keeps this test's own events out of the build's output
        }
    }

    @AfterEach
    void stopListening() {
        for (Logger l : List.of(log, sibling)) {
            l.detachAppender(printed);
            l.setAdditive(true);
        }
    }

    @Test
    void theExpectedEventIsHeldWithItsMessageAndException() {
        log.warn("interaction {} could not be answered", 7, new UncheckedIOException(new IOException("gone")));
        assertEquals(List.of(), printed.list);
        ExpectedLogs.Event e = logs.events().get(0);
        assertEquals(Level.WARN, e.level());
        assertEquals("interaction 7 could not be answered", e.message());
        assertTrue(e.causedBy(IOException.class));
        assertEquals(NAME + ".inner", e.logger());
    }

    @Test
    void anythingElsePrints() {
        log.warn("interaction 8 could not be answered", new IllegalStateException("a bug")); // another cause
        log.error("interaction 9 could not be answered", new IOException("gone")); // another level
        log.warn("something else", new IOException("gone")); // another message
        sibling.warn("could not be answered", new IOException("gone")); // another logger
        assertEquals(List.of(), logs.events());
        assertEquals(
                List.of(
                        "interaction 8 could not be answered",
                        "interaction 9 could not be answered",
                        "something else",
                        "could not be answered"),
                printed.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
    }
}

package dev.careermentor.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.FakeTicker;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expiry and size bounds, with time stepped by a fake ticker. */
class SessionStoreTest {
    private final FakeTicker ticker = new FakeTicker();
    private final List<QuizSession> evicted = new ArrayList<>();
    private final List<String> causes = new ArrayList<>();

    private SessionStore store(long max, Duration idle) {
        return new SessionStore(new SessionStore.Settings(max, idle), ticker, Runnable::run, (session, cause) -> {
            evicted.add(session);
            causes.add(cause);
        });
    }

    @Test
    void idleSessionsExpireAndActiveOnesStay() {
        SessionStore s = store(100, Duration.ofMinutes(30));
        User a = new User(Surface.SLACK, "T1", "U1");
        User b = new User(Surface.SLACK, "T1", "U2");
        s.put(a, new QuizSession("q1", "tag", ""));
        s.put(b, new QuizSession("q2", "tag", ""));
        ticker.advance(Duration.ofMinutes(20));
        assertTrue(s.get(a).isPresent(), "touching a resets its idle time");
        ticker.advance(Duration.ofMinutes(20));
        s.cleanUp();
        assertTrue(s.get(a).isPresent());
        assertTrue(s.get(b).isEmpty(), "b idled 40 minutes");
        assertEquals(1, evicted.size(), "expiry is reported as an eviction");
        assertEquals(List.of("idle"), causes);
    }

    @Test
    void theSizeCapIsHonoured() {
        SessionStore s = store(50, Duration.ofHours(1));
        for (int i = 0; i < 500; i++) s.put(new User(Surface.DISCORD, "G", "u" + i), new QuizSession("q", "t", ""));
        assertTrue(s.size() <= 50, "size " + s.size());
        assertTrue(evicted.size() >= 450);
        assertTrue(causes.stream().allMatch("size"::equals));
    }

    @Test
    void theSameUserInTwoWorkspacesHasTwoSessions() {
        SessionStore s = store(10, Duration.ofHours(1));
        s.put(new User(Surface.SLACK, "T1", "U1"), new QuizSession("a", "t", "1"));
        s.put(new User(Surface.SLACK, "T2", "U1"), new QuizSession("b", "t", "2"));
        assertEquals(
                "a", s.get(new User(Surface.SLACK, "T1", "U1")).orElseThrow().quizId());
        assertEquals(
                "b", s.get(new User(Surface.SLACK, "T2", "U1")).orElseThrow().quizId());
    }

    @Test
    void badSettingsFailFastWithTheirValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> new SessionStore.Settings(0, Duration.ofMinutes(1)));
        assertTrue(e.getMessage().contains("maxSessions"));
        assertThrows(IllegalArgumentException.class, () -> new SessionStore.Settings(1, Duration.ZERO));
    }
}

package dev.careermentor.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.FakeTicker;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Token buckets with time stepped by a fake ticker. */
class CooldownsTest {
    private final FakeTicker ticker = new FakeTicker();
    private final Cooldowns cooldowns = Cooldowns.inMemory(Cooldowns.Settings.DEFAULT, ticker);
    private final User u = new User(Surface.SLACK, "T", "U1");

    @Test
    void aBurstUpToTheBudgetIsAllowedThenRefusedWithAWait() {
        for (int i = 0; i < 10; i++)
            assertTrue(cooldowns.tryAcquire(u, Cooldowns.Kind.COMMAND).allowed(), "command " + i);
        Cooldowns.Decision d = cooldowns.tryAcquire(u, Cooldowns.Kind.COMMAND);
        assertFalse(d.allowed());
        assertEquals(2, d.retryAfterSeconds(), "one token refills every 2 s at 10 per 20 s");
    }

    @Test
    void tokensComeBackOverTime() {
        for (int i = 0; i < 10; i++) cooldowns.tryAcquire(u, Cooldowns.Kind.COMMAND);
        ticker.advance(Duration.ofMillis(1999));
        assertFalse(cooldowns.tryAcquire(u, Cooldowns.Kind.COMMAND).allowed());
        ticker.advance(Duration.ofMillis(2));
        assertTrue(cooldowns.tryAcquire(u, Cooldowns.Kind.COMMAND).allowed());
        ticker.advance(Duration.ofMinutes(5));
        for (int i = 0; i < 10; i++)
            assertTrue(cooldowns.tryAcquire(u, Cooldowns.Kind.COMMAND).allowed());
    }

    @Test
    void clicksAndCommandsAndUsersHaveSeparateBudgets() {
        for (int i = 0; i < 10; i++) cooldowns.tryAcquire(u, Cooldowns.Kind.COMMAND);
        assertFalse(cooldowns.tryAcquire(u, Cooldowns.Kind.COMMAND).allowed());
        for (int i = 0; i < 30; i++)
            assertTrue(cooldowns.tryAcquire(u, Cooldowns.Kind.CLICK).allowed(), "click " + i);
        assertFalse(cooldowns.tryAcquire(u, Cooldowns.Kind.CLICK).allowed());
        assertTrue(cooldowns
                .tryAcquire(new User(Surface.SLACK, "T", "U2"), Cooldowns.Kind.COMMAND)
                .allowed());
        assertTrue(cooldowns
                .tryAcquire(new User(Surface.SLACK, "T2", "U1"), Cooldowns.Kind.COMMAND)
                .allowed());
    }
}

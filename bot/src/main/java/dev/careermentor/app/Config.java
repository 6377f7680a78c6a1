package dev.careermentor.app;

import dev.careermentor.core.session.SessionStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Everything the bot reads from its environment. See the configuration table in README.md; every
 * variable is optional, and with no platform tokens the bot runs in the terminal.
 */
public record Config(Path knowledgeDir, SessionStore.Settings sessions) {

    public static Config from(Map<String, String> vars) {
        Env env = new Env(vars);
        Path knowledge = Path.of(env.text("MENTOR_KNOWLEDGE_DIR", "knowledge"));
        long maxSessions = env.number("MENTOR_SESSION_MAX", SessionStore.Settings.DEFAULT.maxSessions(), 1,
                100_000_000);
        Duration idle = env.duration("MENTOR_SESSION_IDLE", SessionStore.Settings.DEFAULT.idleTimeout());
        env.check();
        return new Config(knowledge, new SessionStore.Settings(maxSessions, idle));
    }
}

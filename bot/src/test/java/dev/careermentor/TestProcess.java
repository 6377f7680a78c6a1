package dev.careermentor;

import dev.careermentor.app.JdkHttp;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The test JVM is a process like the bot's, so it does first what {@link Root} does first: apply the JDK
 * HTTP server settings before any server exists (the JDK reads them once, when the first server is made).
 * Without it, whichever stand-in a test makes first would fix them for the whole run: a fake Slack made
 * before any {@code Root} would leave every keep-alive answer waiting ~40 ms for a delayed ACK.
 */
public final class TestProcess implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        JdkHttp.configure();
    }
}

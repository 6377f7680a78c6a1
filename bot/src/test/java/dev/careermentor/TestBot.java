package dev.careermentor;

import dev.careermentor.app.MentorApp;
import dev.careermentor.core.Mentor;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.session.SessionStore;
import java.time.Duration;

/** The production wiring with a fake ticker, plus shorthands for talking to it. */
public final class TestBot {
    public static final User ALICE = new User(Surface.CONSOLE, "local", "alice");
    public static final User BOB = new User(Surface.CONSOLE, "local", "bob");

    public final FakeTicker ticker = new FakeTicker();
    public final MentorApp app;

    public TestBot(Knowledge k) {
        this(k, SessionStore.Settings.DEFAULT);
    }

    public TestBot(Knowledge k, SessionStore.Settings settings) {
        this.app = new MentorApp(k, settings, ticker);
    }

    public static TestBot real() {
        return new TestBot(Fixtures.real());
    }

    public Mentor mentor() {
        return app.mentor();
    }

    public Reply say(String text) {
        return say(ALICE, text);
    }

    public Reply say(User user, String text) {
        return app.mentor().handleText(user, text);
    }

    public Reply click(User user, String componentId) {
        return app.mentor().handleComponent(user, componentId);
    }

    /** The id of the button with this label; fails if there is none. */
    public static String button(Reply reply, String label) {
        return reply.buttons().stream()
                .filter(b -> b.label().equals(label))
                .map(Button::id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + label + "' in " + reply.buttons()));
    }

    /** The id of the n-th (0-based) quiz choice. */
    public static String choice(Reply reply, int n) {
        return reply.buttons().stream()
                .filter(b -> b.kind() == Button.Kind.CHOICE)
                .skip(n)
                .findFirst()
                .map(Button::id)
                .orElseThrow(() -> new AssertionError("no choice " + n + " in " + reply.buttons()));
    }

    public void idle(Duration d) {
        ticker.advance(d);
    }
}

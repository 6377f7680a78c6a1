package dev.careermentor.discord;

import dev.careermentor.FakeTicker;
import dev.careermentor.Fixtures;
import dev.careermentor.core.Mentor;
import dev.careermentor.core.command.Command;
import dev.careermentor.core.command.CommandContext;
import dev.careermentor.core.command.Commands;
import dev.careermentor.core.command.Request;
import dev.careermentor.core.quiz.QuizFlow;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Citation;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.session.KeyStore;
import dev.careermentor.core.session.SessionStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A real Mentor on the real knowledge, plus test-only commands that reach Discord like any other. */
final class TestMentors {
    private TestMentors() {}

    static Mentor with(Command... extra) {
        List<Command> commands = new ArrayList<>(Commands.all());
        commands.addAll(List.of(extra));
        FakeTicker ticker = new FakeTicker(); // time stands still: nothing here expires
        QuizFlow quiz = new QuizFlow(
                new SessionStore(SessionStore.Settings.DEFAULT, ticker, Runnable::run, (s, cause) -> {}),
                () -> "quiz01",
                new QuizFlow.Listener() {});
        return new Mentor(Fixtures::real, commands, quiz, KeyStore.inMemory(ticker));
    }

    /** A reply far beyond one Discord message, full of characters that need escaping. */
    static final class Huge implements Command {
        static final int FIELDS = 60, CITATIONS = 40, CHOICES = 23, OTHERS = 7;

        @Override
        public String name() {
            return "huge";
        }

        @Override
        public String summary() {
            return "An answer too big for one message";
        }

        @Override
        public Reply run(CommandContext ctx, Request request) {
            Reply.Builder b = Reply.builder(Reply.Kind.ANSWER, "*_Huge_* ".repeat(40))
                    .text("**bold** __under__ ~~gone~~ ||spoiler|| `code` > quote\n".repeat(60));
            for (int i = 0; i < FIELDS; i++) {
                b.field("Field " + i + " " + "_".repeat(150), value(i));
            }
            for (int i = 0; i < CITATIONS; i++) {
                b.cite(new Citation(
                        "source-" + i,
                        "A rather long source title number " + i + " ".repeat(10) + "x",
                        "2026",
                        "entry-" + i));
            }
            for (int i = 0; i < CHOICES; i++)
                b.button(new Button("Answer " + i, "cm1:r:choice " + i, Button.Kind.CHOICE));
            for (int i = 0; i < OTHERS; i++)
                b.button(new Button("Other " + i, "cm1:r:other " + i, Button.Kind.NAVIGATION));
            return b.build();
        }

        /** Unique, escape-free text: what the user must see in full, in order, across the messages. */
        static String value(int i) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; sb.length() < 1000; w++)
                sb.append("value").append(i).append('w').append(w).append(' ');
            return sb.toString().strip();
        }
    }

    /** An answer that takes until {@link #release()}: a slow core. */
    static final class Slow implements Command {
        final CountDownLatch gate = new CountDownLatch(1);
        final CountDownLatch entered = new CountDownLatch(1);

        @Override
        public String name() {
            return "slow";
        }

        @Override
        public String summary() {
            return "An answer that takes a while";
        }

        @Override
        public Reply run(CommandContext ctx, Request request) {
            entered.countDown();
            try {
                gate.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Reply.notice("Finally", "Here is the slow answer.");
        }

        void release() {
            gate.countDown();
        }
    }
}

package dev.careermentor.core.command;

import dev.careermentor.core.reply.Reply;

/** Answers a question typed in plain words; the understanding behind ask and anything that is not a command. */
@FunctionalInterface
public interface FreeText {
    Reply answer(String question);
}

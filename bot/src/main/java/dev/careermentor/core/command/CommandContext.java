package dev.careermentor.core.command;

import dev.careermentor.core.User;
import dev.careermentor.core.i18n.Languages;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.quiz.QuizFlow;
import dev.careermentor.core.stats.UsageRecorder;
import java.util.List;

/**
 * What a command may use while answering. {@code knowledge} is one snapshot, read once per request,
 * so a reload mid-answer cannot mix versions. {@code usage} counts what people ask (never who);
 * {@code freeText} answers a question in plain words; {@code languages} keeps each user's language.
 */
public record CommandContext(
        Knowledge knowledge,
        User user,
        QuizFlow quiz,
        List<Command> commands,
        UsageRecorder usage,
        FreeText freeText,
        Languages languages) {

    /** A context whose language choices are English for everyone and kept in memory only. */
    public CommandContext(
            Knowledge knowledge,
            User user,
            QuizFlow quiz,
            List<Command> commands,
            UsageRecorder usage,
            FreeText freeText) {
        this(knowledge, user, quiz, commands, usage, freeText, Languages.english());
    }
}

package dev.careermentor.core;

import dev.careermentor.core.component.ComponentIds;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.moderation.Moderation;
import dev.careermentor.core.quiz.QuizFlow;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.session.RecentKeys;
import java.util.List;
import java.util.Optional;

/** Button clicks: every component id is parsed and checked before anything acts on it. */
final class Clicks {
    private final Answerer answerer;
    private final QuizFlow quiz;
    private final RecentKeys shares;
    private final Optional<Moderation> moderation;
    private final Decorations decorations;

    Clicks(
            Answerer answerer,
            QuizFlow quiz,
            RecentKeys shares,
            Optional<Moderation> moderation,
            Decorations decorations) {
        this.answerer = answerer;
        this.quiz = quiz;
        this.shares = shares;
        this.moderation = moderation;
        this.decorations = decorations;
    }

    Answerer.Answer click(User user, String channel, String componentId, Knowledge k) {
        ComponentIds.Action action = ComponentIds.parse(componentId);
        // One share of an answer per person and channel: a double click posts once, another channel gets it.
        String shareKey = user + "|" + channel + "|" + componentId;
        if (action instanceof ComponentIds.Quiz q) {
            if (q.op() == ComponentIds.Op.SHARE && !shares.firstTime(shareKey)) {
                return new Answerer.Answer("click:quiz", alreadyShared());
            }
            return new Answerer.Answer("click:quiz", decorations.feedback(quiz.click(user, k, q)));
        }
        if (action instanceof ComponentIds.Share s) {
            return new Answerer.Answer("click:share", share(user, k, s.command(), shareKey));
        }
        if (action instanceof ComponentIds.Run r) {
            Answerer.Answer a = answerer.text(user, r.command(), k);
            return new Answerer.Answer("click:run", a.reply().withVisibility(Reply.Visibility.UPDATE));
        }
        if (action instanceof ComponentIds.Outdated o) {
            Reply reply = moderation
                    .map(m -> m.report(user, k, o.facts()))
                    .orElseGet(
                            () -> Reply.error("Reports are not enabled", "This bot process does not record reports."));
            return new Answerer.Answer("click:outdated", reply);
        }
        ComponentIds.Invalid invalid = (ComponentIds.Invalid) action;
        return new Answerer.Answer(
                "click:invalid",
                Reply.error(
                        "That button can't be used",
                        invalid.reason() + " Type " + user.surface().command("help") + " to start again."));
    }

    private Reply share(User user, Knowledge k, String command, String shareKey) {
        if (!shares.firstTime(shareKey)) return alreadyShared();
        Reply answer = answerer.text(user, command, k).reply();
        if (!answer.factual()) {
            return Reply.error(
                    "Can't share that any more",
                    "This answer changed since it was shown (the knowledge was updated). Run the command again "
                            + "to get the current answer.");
        }
        List<Button> keep = answer.buttons().stream()
                .filter(b -> b.kind() == Button.Kind.FEEDBACK)
                .toList();
        return answer.withButtons(keep).withVisibility(Reply.Visibility.PUBLIC);
    }

    private static Reply alreadyShared() {
        return Reply.notice("Already shared", "You shared this here a moment ago, so I didn't post it again.");
    }
}

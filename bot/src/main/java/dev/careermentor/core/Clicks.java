package dev.careermentor.core;

import dev.careermentor.core.component.ComponentIds;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
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

    /** A click answered in the language of {@code k} (a knowledge's English or Chinese face). */
    Answerer.Answer click(User user, String channel, String componentId, Knowledge k) {
        Lang lang = k.lang();
        ComponentIds.Action action = ComponentIds.parse(componentId);
        // One share of an answer per person and channel: a double click posts once, another channel gets it.
        String shareKey = user + "|" + channel + "|" + componentId;
        if (action instanceof ComponentIds.Quiz q) {
            if (q.op() == ComponentIds.Op.SHARE && !shares.firstTime(shareKey)) {
                return new Answerer.Answer("click:quiz", alreadyShared(lang));
            }
            return new Answerer.Answer("click:quiz", decorations.feedback(quiz.click(user, k, q), lang));
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
                    .orElseGet(() -> Reply.error(
                            Msg.get(lang, "error.reports.off.title"), Msg.get(lang, "error.reports.off.text")));
            return new Answerer.Answer("click:outdated", reply);
        }
        ComponentIds.Invalid invalid = (ComponentIds.Invalid) action;
        return new Answerer.Answer(
                "click:invalid",
                Reply.error(
                        Msg.get(lang, "error.button.title"),
                        Msg.get(
                                lang,
                                "error.button.text",
                                invalid.reason(lang),
                                user.surface().command("help"))));
    }

    private Reply share(User user, Knowledge k, String command, String shareKey) {
        if (!shares.firstTime(shareKey)) return alreadyShared(k.lang());
        Reply answer = answerer.text(user, command, k).reply();
        if (!answer.factual()) {
            return Reply.error(
                    Msg.get(k.lang(), "error.share.changed.title"), Msg.get(k.lang(), "error.share.changed.text"));
        }
        List<Button> keep = answer.buttons().stream()
                .filter(b -> b.kind() == Button.Kind.FEEDBACK)
                .toList();
        return answer.withButtons(keep).withVisibility(Reply.Visibility.PUBLIC);
    }

    private static Reply alreadyShared(Lang lang) {
        return Reply.notice(Msg.get(lang, "reply.shared.title"), Msg.get(lang, "reply.shared.text"));
    }
}

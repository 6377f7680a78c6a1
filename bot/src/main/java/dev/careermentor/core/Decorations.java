package dev.careermentor.core;

import dev.careermentor.core.component.ComponentIds;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The buttons every factual answer gets: Share, which re-runs its canonical command in public, and
 * "Outdated?", which tells moderators which facts a user doubts (only where reports are recorded).
 */
final class Decorations {
    private final boolean feedback;

    Decorations(boolean feedback) {
        this.feedback = feedback;
    }

    /** The buttons, labelled in {@code lang}. */
    Reply apply(Reply reply, Lang lang) {
        String share = reply.shareCommand();
        if (reply.factual()
                && share != null
                && reply.kind() == Reply.Kind.ANSWER
                && reply.visibility() != Reply.Visibility.PUBLIC) {
            Optional<String> shareId = ComponentIds.share(share);
            if (shareId.isPresent()) {
                List<Button> buttons = new ArrayList<>(reply.buttons());
                buttons.add(0, new Button(Msg.get(lang, "button.share"), shareId.get(), Button.Kind.SHARE));
                reply = reply.withButtons(buttons);
            }
        }
        return feedback(reply, lang);
    }

    /** The "Outdated?" button alone, labelled in {@code lang}. */
    Reply feedback(Reply reply, Lang lang) {
        if (!feedback
                || !reply.factual()
                || reply.citations().isEmpty()
                || reply.buttons().stream().anyMatch(b -> b.kind() == Button.Kind.FEEDBACK)) {
            return reply;
        }
        List<ComponentIds.Fact> facts = new ArrayList<>();
        for (var c : reply.citations()) {
            ComponentIds.Fact f = new ComponentIds.Fact(c.entryId(), c.asOf());
            if (!facts.contains(f)) facts.add(f);
        }
        Optional<String> id = ComponentIds.outdated(facts);
        if (id.isEmpty()) return reply;
        List<Button> buttons = new ArrayList<>(reply.buttons());
        buttons.add(new Button(Msg.get(lang, "button.outdated"), id.get(), Button.Kind.FEEDBACK));
        return reply.withButtons(buttons);
    }
}

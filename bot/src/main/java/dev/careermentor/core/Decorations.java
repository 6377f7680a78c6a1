package dev.careermentor.core;

import dev.careermentor.core.component.ComponentIds;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * The buttons every factual answer gets: Share, which re-runs its canonical command in public, and
 * "Outdated?", which tells moderators which facts a user doubts (only where reports are recorded).
 */
final class Decorations {
    private final boolean feedback;

    Decorations(boolean feedback) {
        this.feedback = feedback;
    }

    Reply apply(Reply reply) {
        if (reply.factual()
                && reply.shareCommand() != null
                && reply.kind() == Reply.Kind.ANSWER
                && reply.visibility() != Reply.Visibility.PUBLIC) {
            String shareId = ComponentIds.share(reply.shareCommand());
            if (shareId != null) {
                List<Button> buttons = new ArrayList<>(reply.buttons());
                buttons.add(0, new Button("Share to channel", shareId, Button.Kind.SHARE));
                reply = reply.withButtons(buttons);
            }
        }
        return feedback(reply);
    }

    Reply feedback(Reply reply) {
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
        String id = ComponentIds.outdated(facts);
        if (id == null) return reply;
        List<Button> buttons = new ArrayList<>(reply.buttons());
        buttons.add(new Button("Outdated?", id, Button.Kind.FEEDBACK));
        return reply.withButtons(buttons);
    }
}

package dev.careermentor.core.command;

import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.model.Topic;
import java.util.List;

/** How to choose a specialization: the three questions, timing, and common worries. */
public final class ChooseCommand extends TopicCommand {

    @Override
    public String name() {
        return "choose";
    }

    @Override
    public List<String> aliases() {
        return List.of("choosing", "pick");
    }

    @Override
    public String summary() {
        return "How to choose a specialization: three questions, when to pick, common worries";
    }

    @Override
    Topic topic(Knowledge k) {
        return k.data().choosing();
    }
}

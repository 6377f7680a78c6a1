package dev.careermentor.core.command;

import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.model.Topic;
import java.util.List;

/** How to become an LLM engineer: education, skills, portfolio, resources. */
public final class BecomeCommand extends TopicCommand {

    @Override
    public String name() {
        return "become";
    }

    @Override
    public List<String> aliases() {
        return List.of("start", "howto");
    }

    @Override
    public String summary() {
        return "How to become one: education, skills, portfolio, resources, certifications";
    }

    @Override
    Topic topic(Knowledge k) {
        return k.data().become();
    }
}

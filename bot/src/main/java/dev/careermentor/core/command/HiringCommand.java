package dev.careermentor.core.command;

import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.model.Topic;

/** What hiring managers look for, senior versus junior. */
public final class HiringCommand extends TopicCommand {

    @Override
    public String name() {
        return "hiring";
    }

    @Override
    public String summary() {
        return "What hiring managers look for, senior vs junior";
    }

    @Override
    Topic topic(Knowledge k) {
        return k.data().hiring();
    }
}

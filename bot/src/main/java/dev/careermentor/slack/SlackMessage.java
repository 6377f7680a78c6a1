package dev.careermentor.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * A rendered reply: Block Kit blocks plus the plain {@code text} Slack shows in notifications and
 * where blocks cannot be displayed.
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {

    public SlackMessage {
        blocks = List.copyOf(blocks);
    }
}

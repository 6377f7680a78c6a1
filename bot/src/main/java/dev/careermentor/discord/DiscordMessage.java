package dev.careermentor.discord;

import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * One Discord message of a rendered reply: one embed and its button rows, within every limit.
 * Both forms turn mentions off explicitly: JDA's default only covers new messages, and an edit without
 * allowed_mentions lets Discord parse mentions with its own defaults.
 */
public record DiscordMessage(MessageEmbed embed, List<ActionRow> rows) {

    static final EnumSet<Message.MentionType> NO_MENTIONS = EnumSet.noneOf(Message.MentionType.class);

    public DiscordMessage {
        rows = List.copyOf(rows);
    }

    /** A new message: an interaction response or a follow-up. */
    public MessageCreateData create() {
        return new MessageCreateBuilder()
                .setEmbeds(embed)
                .setComponents(rows)
                .setAllowedMentions(NO_MENTIONS)
                .mentionRepliedUser(false)
                .build();
    }

    /** Replaces a message in place; empty rows remove the old buttons. */
    public MessageEditData edit() {
        return new MessageEditBuilder()
                .setEmbeds(embed)
                .setComponents(rows)
                .setAllowedMentions(NO_MENTIONS)
                .mentionRepliedUser(false)
                .build();
    }
}

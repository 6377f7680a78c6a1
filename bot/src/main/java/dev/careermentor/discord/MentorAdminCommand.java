package dev.careermentor.discord;

import dev.careermentor.core.Mentor;
import dev.careermentor.core.admin.AdminCommand;
import dev.careermentor.core.command.Param;
import dev.careermentor.core.reply.Limits;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * /mentor-admin: one subcommand per moderator command. Discord shows it only to members with Manage
 * Server (server admins can widen that in Server Settings > Integrations); the bot checks again when it
 * runs, accepting Manage Server or the configured moderator role.
 */
final class MentorAdminCommand {
    private static final Logger log = LoggerFactory.getLogger(MentorAdminCommand.class);

    private MentorAdminCommand() {}

    static final String NAME = "mentor-admin";
    static final String DESCRIPTION = "Moderators: validate, diff and reload the knowledge; audit history; reports";

    static SlashCommandData data(Mentor mentor) {
        SlashCommandData data = Commands.slash(NAME, DESCRIPTION)
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                .setContexts(List.of(InteractionContextType.GUILD));
        for (AdminCommand c : mentor.adminCommands()) {
            SubcommandData sub =
                    new SubcommandData(c.name(), Limits.shorten(c.summary(), MentorCommand.MAX_DESCRIPTION));
            for (Param p : c.params()) {
                sub.addOptions(new OptionData(
                                OptionType.STRING,
                                p.name(),
                                Limits.shorten(p.description(), MentorCommand.MAX_DESCRIPTION),
                                p.required())
                        .setMaxLength(20));
            }
            data.addSubcommands(sub);
        }
        return data;
    }

    /**
     * Manage Server in the channel the command came from, or the moderator role. A server the bot only
     * reaches through commands (no bot user, so no role cache) can only be checked by permission.
     */
    static boolean moderator(SlashCommandInteractionEvent event, @Nullable String moderatorRoleId) {
        Member member = event.getMember();
        if (member == null) return false;
        try {
            if (member.hasPermission(event.getGuildChannel(), Permission.MANAGE_SERVER)) return true;
        } catch (RuntimeException e) {
            log.debug("could not read the caller's permissions: {}", e.toString());
        }
        if (moderatorRoleId == null) return false;
        try {
            for (Role r : member.getRoles()) {
                if (r.getId().equals(moderatorRoleId)) return true;
            }
        } catch (RuntimeException e) { // a detached server: roles are not available
            log.warn(
                    "cannot check DISCORD_MODERATOR_ROLE_ID on server {}: its roles are not cached (is the bot "
                            + "user on that server?)",
                    event.getGuild() == null ? "?" : event.getGuild().getId());
        }
        return false;
    }
}

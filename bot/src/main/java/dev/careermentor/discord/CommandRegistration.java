package dev.careermentor.discord;

import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import org.jspecify.annotations.Nullable;

/**
 * Where the /mentor command list is written: one server (changes show at once) or every server. Only
 * JDA's public API: the global list through {@link JDA#updateCommands()}, a server's through its {@link
 * Guild}. JDA has the guild once the gateway delivered it, which is before {@code ReadyEvent}: JDA always
 * asks for the GUILDS intent, so every server the bot is on arrives with a GUILD_CREATE during login.
 */
final class CommandRegistration {
    private CommandRegistration() {}

    /**
     * The bulk overwrite of the application's commands on {@code guildId}, or of its global commands when
     * null; empty when the bot is not on that server (Discord would refuse the registration with Missing
     * Access) or Discord reports the server unavailable. Call it after READY.
     */
    static Optional<CommandListUpdateAction> update(JDA jda, @Nullable String guildId) {
        if (guildId == null) return Optional.of(jda.updateCommands());
        Guild guild = jda.getGuildById(guildId);
        return guild == null ? Optional.empty() : Optional.of(guild.updateCommands());
    }
}

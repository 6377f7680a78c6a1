package dev.careermentor.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.requests.Route;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import net.dv8tion.jda.internal.requests.restaction.CommandListUpdateActionImpl;
import org.jspecify.annotations.Nullable;

/** Where the /mentor command list is written: one server (instant updates) or every server. */
final class CommandRegistration {
    private CommandRegistration() {}

    /**
     * Replaces the application's commands on {@code guildId}, or its global commands when null.
     *
     * <p>JDA's public route for guild commands, {@code jda.getGuildById(id).updateCommands()}, needs the
     * guild in JDA's cache, which only fills after READY (and never for a guild served by another shard).
     * The same bulk-overwrite request is sent here through JDA's own request pipeline, so rate limits and
     * retries still apply, without the cache. {@link CommandListUpdateActionImpl} is internal to JDA; the
     * offline tests exercise this exact call, so a JDA upgrade that changes it fails the build.
     */
    static CommandListUpdateAction update(JDA jda, @Nullable String guildId) {
        if (guildId == null) return jda.updateCommands();
        Route.CompiledRoute route = Route.Interactions.UPDATE_GUILD_COMMANDS.compile(
                jda.getSelfUser().getApplicationId(), guildId);
        return new CommandListUpdateActionImpl(jda, null, route);
    }
}

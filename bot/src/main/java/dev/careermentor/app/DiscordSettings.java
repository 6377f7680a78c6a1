package dev.careermentor.app;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * How to reach Discord.
 *
 * @param guildId register commands on this server only (instant updates), or null for global commands
 * @param apiUrl REST base ending in "/", e.g. https://discord.com/api/v10/; null for JDA's default
 * @param gatewayUrl gateway WebSocket URL; null for the one Discord hands out
 * @param moderatorRoleId members with this role may run /mentor-admin, as well as those with Manage Server
 */
public record DiscordSettings(
        String token,
        @Nullable String guildId,
        @Nullable URI apiUrl,
        @Nullable URI gatewayUrl,
        @Nullable String moderatorRoleId) {

    /** Settings where only members with Manage Server are moderators. */
    public DiscordSettings(String token, @Nullable String guildId, @Nullable URI apiUrl, @Nullable URI gatewayUrl) {
        this(token, guildId, apiUrl, gatewayUrl, null);
    }

    @Override
    public String toString() { // never log the token
        return "DiscordSettings[guildId=" + guildId + ", apiUrl=" + apiUrl + ", gatewayUrl=" + gatewayUrl
                + ", moderatorRoleId=" + moderatorRoleId + "]";
    }
}

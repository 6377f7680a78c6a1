package dev.careermentor.app;

import java.net.URI;

/**
 * How to reach Discord.
 *
 * @param guildId register commands on this server only (instant updates), or null for global commands
 * @param apiUrl REST base ending in "/", e.g. https://discord.com/api/v10/; null for JDA's default
 * @param gatewayUrl gateway WebSocket URL; null for the one Discord hands out
 * @param moderatorRoleId members with this role may run /mentor-admin, as well as those with Manage Server
 */
public record DiscordSettings(String token, String guildId, URI apiUrl, URI gatewayUrl, String moderatorRoleId) {

    /** Settings where only members with Manage Server are moderators. */
    public DiscordSettings(String token, String guildId, URI apiUrl, URI gatewayUrl) {
        this(token, guildId, apiUrl, gatewayUrl, null);
    }

    @Override
    public String toString() { // never log the token
        return "DiscordSettings[guildId=" + guildId + ", apiUrl=" + apiUrl + ", gatewayUrl=" + gatewayUrl
                + ", moderatorRoleId=" + moderatorRoleId + "]";
    }
}

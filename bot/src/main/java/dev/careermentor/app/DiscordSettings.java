package dev.careermentor.app;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * How to reach Discord.
 *
 * @param guildId register commands on this server only (instant updates), or null for global commands
 * @param apiUrl REST base ending in "/", e.g. https://discord.com/api/v10/; null for JDA's default
 * @param gatewayUrl gateway WebSocket URL; null for the one Discord hands out
 * @param moderatorRoleId members with this role may run /mentor-admin, as well as those with Manage Server
 * @param shards the shards this process runs (DISCORD_SHARDS, DISCORD_SHARD_IDS); null for one unsharded
 *     connection, as a bot in fewer than 2,500 servers may use
 */
public record DiscordSettings(
        String token,
        @Nullable String guildId,
        @Nullable URI apiUrl,
        @Nullable URI gatewayUrl,
        @Nullable String moderatorRoleId,
        @Nullable Shards shards) {

    /** Settings where only members with Manage Server are moderators. */
    public DiscordSettings(String token, @Nullable String guildId, @Nullable URI apiUrl, @Nullable URI gatewayUrl) {
        this(token, guildId, apiUrl, gatewayUrl, null, null);
    }

    /** Settings for one unsharded connection. */
    public DiscordSettings(
            String token,
            @Nullable String guildId,
            @Nullable URI apiUrl,
            @Nullable URI gatewayUrl,
            @Nullable String moderatorRoleId) {
        this(token, guildId, apiUrl, gatewayUrl, moderatorRoleId, null);
    }

    /** The same settings running {@code shards} (null: one unsharded connection). */
    public DiscordSettings withShards(@Nullable Shards shards) {
        return new DiscordSettings(token, guildId, apiUrl, gatewayUrl, moderatorRoleId, shards);
    }

    @Override
    public String toString() { // never log the token
        return "DiscordSettings[guildId=" + guildId + ", apiUrl=" + apiUrl + ", gatewayUrl=" + gatewayUrl
                + ", moderatorRoleId=" + moderatorRoleId + ", shards=" + shards + "]";
    }

    /**
     * Sharding: Discord splits a bot's servers over {@code total} gateway connections, server {@code g} on
     * shard {@code (g >> 22) % total}, and each process runs some of them.
     *
     * @param total the number of shards across every process, or {@link #AUTO} for the count Discord
     *     recommends (then this process runs all of them)
     * @param ids the shards this process runs, ascending, each below {@code total}; empty for all of them
     */
    public record Shards(int total, List<Integer> ids) {
        /** JDA's "ask Discord for its recommended count". */
        public static final int AUTO = -1;

        public Shards {
            ids = List.copyOf(ids);
            if (total != AUTO && total < 1) throw new IllegalArgumentException("total must be AUTO or positive");
            if (total == AUTO && !ids.isEmpty())
                throw new IllegalArgumentException("shard ids need a fixed total: JDA ignores them with AUTO");
            for (int i = 0; i < ids.size(); i++) {
                int id = ids.get(i);
                if (id < 0 || id >= total || (i > 0 && ids.get(i - 1) >= id)) {
                    throw new IllegalArgumentException("shard ids must ascend within 0.." + (total - 1) + ": " + ids);
                }
            }
        }

        /** Every shard of {@code total}, in this process. */
        public static Shards all(int total) {
            return new Shards(total, List.of());
        }

        public boolean auto() {
            return total == AUTO;
        }

        /** The shards this process runs once the total is known (from Discord, for {@link #AUTO}). */
        public List<Integer> idsOf(int knownTotal) {
            return ids.isEmpty() ? IntStream.range(0, knownTotal).boxed().toList() : ids;
        }

        /** The shard Discord delivers a server's events to: {@code (guildId >> 22) % total}. */
        public static int of(long guildId, int total) {
            return (int) ((guildId >>> 22) % total);
        }

        /** Ascending ids written as ranges, as DISCORD_SHARD_IDS takes them: "0-3", "0,2,5-7". */
        public static String ranges(List<Integer> ascending) {
            List<String> parts = new ArrayList<>();
            int i = 0;
            while (i < ascending.size()) {
                int j = i;
                while (j + 1 < ascending.size() && ascending.get(j + 1) == ascending.get(j) + 1) j++;
                parts.add(j == i ? "" + ascending.get(i) : ascending.get(i) + "-" + ascending.get(j));
                i = j + 1;
            }
            return String.join(",", parts);
        }

        @Override
        public String toString() {
            return (auto() ? "auto" : "" + total) + (ids.isEmpty() ? "" : " running " + ranges(ids));
        }
    }
}

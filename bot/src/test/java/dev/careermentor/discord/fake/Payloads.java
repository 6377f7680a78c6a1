package dev.careermentor.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;

/** The JSON objects Discord sends, shaped as in its API reference (v10). */
final class Payloads {
    private Payloads() {}

    static final ObjectMapper JSON = new ObjectMapper();
    /** Send Messages, Embed Links, Use Application Commands... what a member of a normal server has. */
    static final String MEMBER_PERMISSIONS = "2248473465835073";
    /** Manage Server, called MANAGE_GUILD in Discord's API. */
    static final long MANAGE_GUILD = 1L << 5;

    static final int GUILD_TEXT = 0, DM = 1;
    static final int PING = 1, APPLICATION_COMMAND = 2, MESSAGE_COMPONENT = 3, AUTOCOMPLETE = 4;
    static final int CONTEXT_GUILD = 0, CONTEXT_BOT_DM = 1;

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }

    static ObjectNode user(FakeUser u) {
        ObjectNode o = object().put("id", u.id())
                .put("username", u.name())
                .put("discriminator", "0")
                .put("global_name", u.name())
                .put("public_flags", 0)
                .put("flags", 0);
        o.putNull("avatar");
        o.put("bot", u.bot());
        return o;
    }

    static ObjectNode member(FakeUser u) {
        ObjectNode m = object();
        m.set("user", user(u));
        m.set("roles", array());
        m.put("joined_at", Instant.now().minusSeconds(86_400).toString());
        m.putNull("nick");
        m.putNull("avatar");
        m.putNull("premium_since");
        m.put("deaf", false).put("mute", false).put("pending", false).put("flags", 0);
        m.put("permissions", MEMBER_PERMISSIONS);
        return m;
    }

    /** The partial guild an interaction carries. */
    static ObjectNode guild(String id) {
        ObjectNode g = object().put("id", id).put("locale", "en-US");
        g.set("features", array());
        return g;
    }

    /**
     * The GUILD_CREATE that follows READY for a server the bot is in (the GUILDS intent is always on):
     * the @everyone role, one text channel, and the bot's own member.
     */
    static ObjectNode guildCreate(
            String id, String channelId, FakeUser bot, String moderatorRoleId, String adminRoleId) {
        ObjectNode g = object().put("id", id)
                .put("name", "Career Mentor test server")
                .put("owner_id", Snowflakes.next())
                .put("afk_timeout", 300)
                .put("verification_level", 0)
                .put("default_message_notifications", 0)
                .put("explicit_content_filter", 0)
                .put("mfa_level", 0)
                .put("system_channel_flags", 0)
                .put("max_members", 500_000)
                .put("premium_tier", 0)
                .put("premium_subscription_count", 0)
                .put("preferred_locale", "en-US")
                .put("nsfw_level", 0)
                .put("premium_progress_bar_enabled", false)
                .put("joined_at", Instant.now().minusSeconds(86_400).toString())
                .put("large", false)
                .put("unavailable", false)
                .put("member_count", 2);
        for (String none : new String[] {
            "icon",
            "splash",
            "discovery_splash",
            "afk_channel_id",
            "application_id",
            "system_channel_id",
            "rules_channel_id",
            "vanity_url_code",
            "description",
            "banner",
            "public_updates_channel_id",
            "safety_alerts_channel_id"
        }) {
            g.putNull(none);
        }
        ObjectNode everyone = object().put("id", id)
                .put("name", "@everyone")
                .put("color", 0)
                .put("hoist", false)
                .put("position", 0)
                .put("permissions", MEMBER_PERMISSIONS)
                .put("managed", false)
                .put("mentionable", false)
                .put("flags", 0);
        everyone.putNull("icon");
        everyone.putNull("unicode_emoji");
        everyone.set("colors", object().put("primary_color", 0));
        // Two roles for /mentor-admin: "Moderators" grants nothing extra (the bot is configured to trust
        // it), "Admins" grants Manage Server as real servers do, through a role.
        ObjectNode moderators = everyone.deepCopy()
                .put("id", moderatorRoleId)
                .put("name", "Moderators")
                .put("position", 1);
        ObjectNode admins = everyone.deepCopy()
                .put("id", adminRoleId)
                .put("name", "Admins")
                .put("position", 2)
                .put("permissions", Long.toString(Long.parseLong(MEMBER_PERMISSIONS) | MANAGE_GUILD));
        g.set("roles", array().add(everyone).add(moderators).add(admins));
        ObjectNode channel = textChannel(channelId, id);
        channel.remove("guild_id"); // omitted inside GUILD_CREATE
        channel.remove("permissions"); // only interactions carry the member's computed permissions
        g.set("channels", array().add(channel));
        ObjectNode self = member(bot);
        self.remove("permissions");
        g.set("members", array().add(self));
        for (String empty : new String[] {
            "emojis",
            "features",
            "stickers",
            "threads",
            "presences",
            "voice_states",
            "stage_instances",
            "guild_scheduled_events",
            "soundboard_sounds"
        }) {
            g.set(empty, array());
        }
        return g;
    }

    static ObjectNode textChannel(String id, String guildId) {
        ObjectNode c = object().put("id", id)
                .put("type", GUILD_TEXT)
                .put("guild_id", guildId)
                .put("name", "general")
                .put("position", 0)
                .put("nsfw", false)
                .put("rate_limit_per_user", 0)
                .put("flags", 0)
                .put("permissions", MEMBER_PERMISSIONS);
        c.putNull("parent_id");
        c.putNull("topic");
        c.putNull("last_message_id");
        c.set("permission_overwrites", array());
        return c;
    }

    static ObjectNode dmChannel(String id, FakeUser recipient) {
        ObjectNode c = object().put("id", id).put("type", DM).put("flags", 0);
        c.putNull("last_message_id");
        c.set("recipients", array().add(user(recipient)));
        return c;
    }

    /** The common part of every INTERACTION_CREATE; {@code guildId} null means a DM with the bot. */
    static ObjectNode interaction(
            String id, String token, String appId, int type, FakeUser who, String guildId, String channelId) {
        ObjectNode i = object().put("id", id)
                .put("application_id", appId)
                .put("type", type)
                .put("token", token)
                .put("version", 1)
                .put("locale", "en-US")
                .put("channel_id", channelId)
                .put("app_permissions", MEMBER_PERMISSIONS)
                .put("attachment_size_limit", 10_485_760);
        i.set("entitlements", array());
        if (guildId != null) {
            i.put("guild_id", guildId).put("guild_locale", "en-US");
            i.set("guild", guild(guildId));
            i.set("channel", textChannel(channelId, guildId));
            i.set("member", member(who));
            i.put("context", CONTEXT_GUILD);
            i.set("authorizing_integration_owners", object().put("0", guildId));
        } else {
            i.set("user", user(who));
            i.set("channel", dmChannel(channelId, who));
            i.put("context", CONTEXT_BOT_DM);
            i.set("authorizing_integration_owners", object().put("0", "0"));
        }
        return i;
    }

    /** data for /mentor SUBCOMMAND with string options; {@code focused} marks the option being typed. */
    static ObjectNode commandData(
            String commandId,
            String command,
            String subcommand,
            Map<String, String> options,
            String focused,
            String guildId) {
        ArrayNode opts = array();
        options.forEach((name, value) -> {
            ObjectNode o =
                    object().put("type", CommandRules.STRING).put("name", name).put("value", value);
            if (name.equals(focused)) o.put("focused", true);
            opts.add(o);
        });
        ObjectNode sub = object().put("type", CommandRules.SUB_COMMAND).put("name", subcommand);
        sub.set("options", opts);
        ObjectNode data = object().put("id", commandId).put("name", command).put("type", 1);
        if (guildId != null) data.put("guild_id", guildId);
        data.set("options", array().add(sub));
        return data;
    }

    static ObjectNode componentData(String customId, JsonNode component) {
        ObjectNode data = object().put("custom_id", customId).put("component_type", 2);
        if (component != null && component.has("id"))
            data.put("id", component.get("id").asInt());
        return data;
    }

    static ObjectNode gatewayBot(String url, int shards, int maxConcurrency) {
        ObjectNode limit = object().put("total", 1000)
                .put("remaining", 999)
                .put("reset_after", 14_400_000)
                .put("max_concurrency", maxConcurrency);
        ObjectNode o = object().put("url", url).put("shards", shards);
        o.set("session_start_limit", limit);
        return o;
    }

    static ObjectNode error(int code, String message) {
        return object().put("message", message).put("code", code);
    }
}

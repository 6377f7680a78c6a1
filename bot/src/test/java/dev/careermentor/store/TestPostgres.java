package dev.careermentor.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests, one per test JVM, started on first use from Debian's binaries
 * ({@code apt-get install postgresql}; {@code .ci/run} installs them) in a temporary folder on a free
 * loopback port, and stopped when the JVM exits. {@code MENTOR_TEST_DATABASE_URL} names a server to use
 * instead (a JDBC URL with a user allowed to create databases). Each call of {@link #newDatabase()} gives
 * a database of its own, so tests never see each other's rows.
 */
public final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static String adminUrl = "";

    private TestPostgres() {}

    /** A new, empty database on the test server: its JDBC URL (user and password in it). */
    public static String newDatabase() {
        String admin = adminUrl();
        String name = "mentor_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(admin);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + admin + ": " + e.getMessage(), e);
        }
        int slash = admin.indexOf('/', "jdbc:postgresql://".length());
        int query = admin.indexOf('?', slash);
        return admin.substring(0, slash + 1) + name + (query < 0 ? "" : admin.substring(query));
    }

    private static synchronized String adminUrl() {
        if (!adminUrl.isEmpty()) return adminUrl;
        String given = System.getenv("MENTOR_TEST_DATABASE_URL");
        adminUrl = given != null && !given.isBlank() ? given.strip() : start();
        return adminUrl;
    }

    private static Path binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                var found = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparingInt(b -> Integer.parseInt(
                                b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
                if (found.isPresent()) return found.get();
            } catch (IOException | NumberFormatException e) {
                // fall through to the explanation
            }
        }
        throw new IllegalStateException("These tests need a real PostgreSQL: install Debian's postgresql "
                + "(apt-get install postgresql; .ci/run does), or set MENTOR_TEST_DATABASE_URL to a JDBC URL of a "
                + "server where the user may create databases.");
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String start() {
        Path bin = binaries();
        try {
            Path dir = Files.createTempDirectory("mentor-pg-");
            Path data = dir.resolve("data");
            if (root()) run(List.of("chown", "postgres:postgres", dir.toString()), false);
            run(
                    List.of(
                            bin.resolve("initdb").toString(),
                            "-D",
                            data.toString(),
                            "-U",
                            "postgres",
                            "--auth=trust",
                            "-E",
                            "UTF8",
                            "--no-sync",
                            "--no-instructions"),
                    true);
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            String options = "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                    + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
            run(
                    List.of(
                            bin.resolve("pg_ctl").toString(),
                            "-D",
                            data.toString(),
                            "-o",
                            options,
                            "-l",
                            dir.resolve("server.log").toString(),
                            "-w",
                            "-t",
                            "60",
                            "start"),
                    true);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(
                            List.of(
                                    bin.resolve("pg_ctl").toString(),
                                    "-D",
                                    data.toString(),
                                    "-m",
                                    "immediate",
                                    "-w",
                                    "stop"),
                            true);
                    try (Stream<Path> all = Files.walk(dir)) {
                        all.sorted(Comparator.reverseOrder())
                                .forEach(p -> p.toFile().delete());
                    }
                } catch (IOException | RuntimeException e) {
                    // the JVM is ending; a leftover temp folder is all that is lost
                }
            }));
            return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a test PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** Runs a command (as the postgres user when we are root and {@code asPostgres}); throws with its output. */
    private static void run(List<String> command, boolean asPostgres) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgres && root()) full.addAll(List.of("runuser", "-u", "postgres", "--"));
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in 90 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.exitValue() != 0) throw new IOException(String.join(" ", command) + " failed: " + out.strip());
    }
}

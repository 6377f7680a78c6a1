package dev.careermentor.app;

import dev.careermentor.core.session.Cooldowns;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads typed settings from environment variables, collecting every problem (each naming its
 * variable) so an operator fixes them all in one go.
 */
final class Env {
    private static final Pattern DURATION = Pattern.compile("([0-9]{1,9})(ms|s|m|h|d)");

    private final Map<String, String> vars;
    private final List<String> problems = new ArrayList<>();

    Env(Map<String, String> vars) {
        this.vars = vars;
    }

    /** Every name read so far: what the bot knows, for spotting a misspelled variable. */
    private final java.util.Set<String> read = new java.util.TreeSet<>();

    /**
     * The trimmed value, or null when unset or blank. {@code NAME_FILE} names a file holding the value
     * instead (as Docker and Kubernetes mount secrets); setting both is a problem.
     */
    @Nullable
    String text(String name) {
        read.add(name);
        String v = vars.get(name);
        String file = vars.get(name + "_FILE");
        if (file != null && !file.isBlank()) {
            if (v != null && !v.isBlank()) {
                problems.add("both " + name + " and " + name + "_FILE are set: keep one.");
                return v.strip();
            }
            try {
                String content = java.nio.file.Files.readString(java.nio.file.Path.of(file.strip()))
                        .strip();
                if (content.isEmpty()) problems.add(name + "_FILE=" + file.strip() + " is empty.");
                return content.isEmpty() ? null : content;
            } catch (java.io.IOException | RuntimeException e) {
                problems.add(name + "_FILE=" + file.strip() + " cannot be read (" + e.getMessage()
                        + "): mount the secret there, or set " + name + " instead.");
                return null;
            }
        }
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** One of {@code allowed} (any case), or the fallback when unset; anything else is a problem. */
    String choice(String name, String fallback, java.util.List<String> allowed) {
        String v = text(name);
        if (v == null) return fallback;
        for (String a : allowed) if (a.equalsIgnoreCase(v)) return a;
        problems.add(name + "=" + v + " is not one of " + String.join(", ", allowed) + ".");
        return fallback;
    }

    /**
     * Variables that look like this bot's (SLACK_, DISCORD_, MENTOR_) but that it never read, each with
     * the closest name it knows: "SLACK_TOKEN (did you mean SLACK_BOT_TOKEN?)". Call after reading all.
     */
    java.util.List<String> unknown() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String name : new java.util.TreeSet<>(vars.keySet())) {
            if (!(name.startsWith("SLACK_") || name.startsWith("DISCORD_") || name.startsWith("MENTOR_"))) continue;
            String base = name.endsWith("_FILE") ? name.substring(0, name.length() - 5) : name;
            if (read.contains(base)) continue;
            java.util.List<String> close = dev.careermentor.core.text.Similarity.closest(base, read, 1);
            if (close.isEmpty()) {
                // SLACK_TOKEN: every word of it is in SLACK_BOT_TOKEN and SLACK_APP_TOKEN.
                java.util.List<String> words = java.util.List.of(base.split("_"));
                close = read.stream()
                        .filter(k -> java.util.List.of(k.split("_")).containsAll(words))
                        .limit(2)
                        .toList();
            }
            out.add(name + (close.isEmpty() ? "" : " (did you mean " + String.join(" or ", close) + "?)"));
        }
        return out;
    }

    String text(String name, String fallback) {
        String v = text(name);
        return v == null ? fallback : v;
    }

    long number(String name, long fallback, long min, long max) {
        String v = text(name);
        if (v == null) return fallback;
        try {
            long n = Long.parseLong(v.replace("_", ""));
            if (n < min || n > max) {
                problems.add(name + "=" + v + " is out of range: use a whole number from " + min + " to " + max + ".");
                return fallback;
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(name + "=" + v + " is not a whole number: use digits, e.g. " + fallback + ".");
            return fallback;
        }
    }

    Duration duration(String name, Duration fallback) {
        String v = text(name);
        if (v == null) return fallback;
        Matcher m = DURATION.matcher(v.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration d = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
            if (!d.isZero()) return d;
        }
        problems.add(name + "=" + v + " is not a duration: write a positive number and a unit, e.g. 30m, 45s or 2h.");
        return fallback;
    }

    boolean flag(String name, boolean fallback) {
        String v = text(name);
        if (v == null) return fallback;
        switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1":
                return true;
            case "false", "no", "off", "0":
                return false;
            default:
                problems.add(name + "=" + v + " is not true or false.");
                return fallback;
        }
    }

    /** "10/20s": at most 10 actions per 20 seconds. */
    Cooldowns.Budget budget(String name, Cooldowns.Budget fallback) {
        String v = text(name);
        if (v == null) return fallback;
        Matcher m = Pattern.compile("([0-9]{1,6})\\s*/\\s*(\\S+)").matcher(v);
        if (m.matches()) {
            Env inner = new Env(Map.of(name, m.group(2)));
            Duration per = inner.duration(name, Duration.ZERO); // a valid duration is never zero
            int n = Integer.parseInt(m.group(1));
            if (!per.isZero() && n > 0 && inner.problems.isEmpty()) return new Cooldowns.Budget(n, per);
        }
        problems.add(name + "=" + v + " is not a budget: write actions/duration, e.g. " + fallback + ".");
        return fallback;
    }

    int port(String name, int fallback) {
        return (int) number(name, fallback, 0, 65535);
    }

    void problem(String message) {
        problems.add(message);
    }

    /** Throws a {@link ConfigException} listing every problem, if there were any. */
    void check() {
        if (!problems.isEmpty()) throw new ConfigException(problems);
    }
}

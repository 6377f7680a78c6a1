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

    /** The trimmed value, or null when unset or blank. */
    @Nullable
    String text(String name) {
        String v = vars.get(name);
        return v == null || v.isBlank() ? null : v.strip();
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

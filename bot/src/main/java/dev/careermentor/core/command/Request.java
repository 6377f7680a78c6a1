package dev.careermentor.core.command;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A parsed command: its name and the raw text of each argument given, by parameter name. */
public record Request(String command, Map<String, String> args) {
    public Request {
        args = Map.copyOf(args);
    }

    /** The argument given for {@code name}, or null when it was left out or blank. */
    public @Nullable String arg(String name) {
        String v = args.get(name);
        return v == null || v.isBlank() ? null : v;
    }
}

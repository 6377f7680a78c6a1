package dev.careermentor.core.command;

import java.util.Map;

/** A parsed command: its name and the raw text of each argument given, by parameter name. */
public record Request(String command, Map<String, String> args) {
    public Request {
        args = Map.copyOf(args);
    }

    public String arg(String name) {
        String v = args.get(name);
        return v == null || v.isBlank() ? null : v;
    }
}

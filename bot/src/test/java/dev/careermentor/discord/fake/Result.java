package dev.careermentor.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A REST answer: the status and its JSON body (null for 204 No Content). */
record Result(int status, JsonNode body) {

    static Result ok(JsonNode body) {
        return new Result(200, body);
    }

    static Result noContent() {
        return new Result(204, null);
    }

    /** Discord's error answer; {@code violation} is recorded so tests see what was refused. */
    static Result refuse(List<String> violations, int status, int code, String message, String violation) {
        violations.add(violation);
        return new Result(status, Payloads.error(code, message));
    }

    /** 400 Invalid Form Body, as Discord answers a payload over a limit. */
    static Result invalid(List<String> violations, String what, List<String> problems) {
        violations.add("Discord would reject the " + what + ": " + problems);
        return new Result(
                400, Payloads.error(50035, "Invalid Form Body").set("errors", Payloads.JSON.valueToTree(problems)));
    }
}

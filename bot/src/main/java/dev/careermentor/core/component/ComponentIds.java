package dev.careermentor.core.component;

import dev.careermentor.core.User;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
import dev.careermentor.core.reply.Limits;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Encodes everything a button click needs into its component id, so a click still works after a
 * restart or on another replica: the session cache only makes it faster.
 *
 * <pre>
 * cm1:q:TAG:OWNER:QUIZ:ANSWERS:OP   a quiz step; OP is aN (answer N), b, c, r or s
 * cm1:s:COMMAND                     share the answer to COMMAND in the channel
 * cm1:r:COMMAND                     run COMMAND (a "did you mean" suggestion)
 * cm1:o:ENTRY:ASOF[,ENTRY:ASOF...] report facts (entry, as of) as outdated
 * </pre>
 *
 * TAG is the knowledge's quiz tag, OWNER a short hash of the quiz owner, QUIZ the quiz instance,
 * ANSWERS one digit per answered question. Ids never exceed Discord's 100 characters.
 */
public final class ComponentIds {
    private ComponentIds() {}

    public static final String VERSION = "cm1";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,16}");
    private static final Pattern ANSWERS = Pattern.compile("[0-9]{0,9}");
    private static final Pattern COMMAND = Pattern.compile("[a-z0-9][a-z0-9 .-]*");
    private static final Pattern ENTRY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String AS_OF = "[0-9]{4}(-[0-9]{2}){0,2}";
    private static final Pattern AS_OF_PATTERN = Pattern.compile(AS_OF);

    /** What a click asks for. */
    public sealed interface Action permits Quiz, Share, Run, Outdated, Invalid {}

    public enum Op {
        ANSWER,
        BACK,
        CANCEL,
        RESTART,
        SHARE
    }

    /** A quiz step: {@code choice} is the option index for {@link Op#ANSWER}, else -1. */
    public record Quiz(String tag, String owner, String quizId, String answers, Op op, int choice) implements Action {}

    public record Share(String command) implements Action {}

    public record Run(String command) implements Action {}

    /** One fact a user reports as outdated: its entry and the as-of date they saw. */
    public record Fact(String entryId, String asOf) {}

    public record Outdated(List<Fact> facts) implements Action {
        public Outdated {
            facts = List.copyOf(facts);
        }
    }

    /** Why an id cannot be acted on; each is a sentence of the message catalog. */
    public enum Reason {
        EMPTY("error.button.empty"),
        TOO_LONG("error.button.toolong"),
        FOREIGN("error.button.foreign"),
        OTHER_VERSION("error.button.version"),
        DAMAGED("error.button.damaged");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** An id this version cannot act on; its reason is shown to the user. */
    public record Invalid(Reason why) implements Action {
        /** The reason in English. */
        public String reason() {
            return reason(Lang.EN);
        }

        /** The reason in {@code lang}, as the user is told. */
        public String reason(Lang lang) {
            return Msg.get(lang, why.key());
        }
    }

    public static String quiz(String tag, String owner, String quizId, String answers, Op op, int choice) {
        String code = switch (op) {
            case ANSWER -> "a" + choice;
            case BACK -> "b";
            case CANCEL -> "c";
            case RESTART -> "r";
            case SHARE -> "s";
        };
        return checked(String.join(":", VERSION, "q", tag, owner, quizId, answers, code));
    }

    /** A share id for {@code command}; empty when the command cannot be written within the limit. */
    public static Optional<String> share(String command) {
        return fits("s", command) ? Optional.of(VERSION + ":s:" + command) : Optional.empty();
    }

    /** An id that runs {@code command} when clicked; empty when it cannot be written within the limit. */
    public static Optional<String> run(String command) {
        return fits("r", command) ? Optional.of(VERSION + ":r:" + command) : Optional.empty();
    }

    /** An "outdated?" id for as many of {@code facts} as fit, first ones first; empty if none fits. */
    public static Optional<String> outdated(List<Fact> facts) {
        StringBuilder id = new StringBuilder(VERSION + ":o:");
        int kept = 0;
        for (Fact f : facts) {
            if (!ENTRY.matcher(f.entryId()).matches()
                    || !AS_OF_PATTERN.matcher(f.asOf()).matches()) continue;
            String part = (kept == 0 ? "" : ",") + f.entryId() + ":" + f.asOf();
            if (id.length() + part.length() > Limits.COMPONENT_ID) break;
            id.append(part);
            kept++;
        }
        return kept == 0 ? Optional.empty() : Optional.of(id.toString());
    }

    private static boolean fits(String kind, String command) {
        return COMMAND.matcher(command).matches()
                && VERSION.length() + kind.length() + 2 + command.length() <= Limits.COMPONENT_ID;
    }

    private static String checked(String id) {
        if (id.length() > Limits.COMPONENT_ID) {
            throw new IllegalArgumentException("component id over " + Limits.COMPONENT_ID + " chars: " + id);
        }
        return id;
    }

    /** An 8-character hash of who owns a quiz; ids stay short and do not spell out user ids. */
    public static String owner(User user) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((user.surface().name() + "\u0000" + user.workspace() + "\u0000" + user.id())
                            .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Parses a component id; anything malformed, forged or from another version is {@link Invalid}. */
    public static Action parse(String id) {
        if (id == null || id.isEmpty()) return new Invalid(Reason.EMPTY);
        if (id.length() > Limits.COMPONENT_ID) return new Invalid(Reason.TOO_LONG);
        String[] head = id.split(":", 3);
        if (head.length < 3 || !head[0].startsWith("cm")) {
            return new Invalid(Reason.FOREIGN);
        }
        if (!head[0].equals(VERSION)) {
            return new Invalid(Reason.OTHER_VERSION);
        }
        String rest = head[2];
        return switch (head[1]) {
            case "q" -> parseQuiz(rest);
            case "s" -> COMMAND.matcher(rest).matches() ? new Share(rest) : malformed();
            case "r" -> COMMAND.matcher(rest).matches() ? new Run(rest) : malformed();
            case "o" -> parseOutdated(rest);
            default -> new Invalid(Reason.FOREIGN);
        };
    }

    private static Action parseQuiz(String rest) {
        String[] p = rest.split(":", -1);
        if (p.length != 5
                || !TOKEN.matcher(p[0]).matches()
                || !TOKEN.matcher(p[1]).matches()
                || !TOKEN.matcher(p[2]).matches()
                || !ANSWERS.matcher(p[3]).matches()
                || p[4].isEmpty()) {
            return malformed();
        }
        String op = p[4];
        return switch (op.charAt(0)) {
            case 'a' -> {
                if (op.length() != 2 || !Character.isDigit(op.charAt(1))) yield malformed();
                yield new Quiz(p[0], p[1], p[2], p[3], Op.ANSWER, op.charAt(1) - '0');
            }
            case 'b' -> op.length() == 1 ? new Quiz(p[0], p[1], p[2], p[3], Op.BACK, -1) : malformed();
            case 'c' -> op.length() == 1 ? new Quiz(p[0], p[1], p[2], p[3], Op.CANCEL, -1) : malformed();
            case 'r' -> op.length() == 1 ? new Quiz(p[0], p[1], p[2], p[3], Op.RESTART, -1) : malformed();
            case 's' -> op.length() == 1 ? new Quiz(p[0], p[1], p[2], p[3], Op.SHARE, -1) : malformed();
            default -> malformed();
        };
    }

    private static Action parseOutdated(String rest) {
        List<Fact> facts = new ArrayList<>();
        for (String part : rest.split(",", -1)) {
            String[] p = part.split(":", -1);
            if (p.length != 2
                    || p[0].length() > 32
                    || !ENTRY.matcher(p[0]).matches()
                    || !AS_OF_PATTERN.matcher(p[1]).matches()) {
                return malformed();
            }
            facts.add(new Fact(p[0], p[1]));
        }
        return new Outdated(facts);
    }

    private static Invalid malformed() {
        return new Invalid(Reason.DAMAGED);
    }
}

package dev.careermentor.core;

import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.stats.UsageRecorder;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts a command and the specializations its answer was about. The answer's canonical command
 * ("compare inference-serving mlops") already names them by id, resolved.
 */
final class UsageTap {
    private UsageTap() {}

    static void record(UsageRecorder usage, String command, Reply reply, Knowledge k) {
        usage.command(command);
        if (reply.kind() != Reply.Kind.ANSWER || reply.shareCommand() == null) return;
        List<String> ids = new ArrayList<>();
        // Words separated by single spaces; an empty token names nothing and is skipped. String.split on one
        // plain character takes its fast path with no regex (this runs for every answer); the explicit
        // limit keeps trailing empty tokens, which the loop skips.
        for (String token : reply.shareCommand().split(" ", -1)) {
            if (k.specializations().byId(token) != null && !ids.contains(token)) ids.add(token);
        }
        ids.forEach(usage::specialization);
        if (command.equals("compare") && ids.size() == 2) usage.comparison(ids.get(0), ids.get(1));
    }
}

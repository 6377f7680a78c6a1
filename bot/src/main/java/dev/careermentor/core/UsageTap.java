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
        for (String token : reply.shareCommand().split(" ")) {
            if (k.specializations().byId(token) != null && !ids.contains(token)) ids.add(token);
        }
        ids.forEach(usage::specialization);
        if (command.equals("compare") && ids.size() == 2) usage.comparison(ids.get(0), ids.get(1));
    }
}

package dev.careermentor.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the process keeps its files, as the environment says (see docs/configuration.md). The one
 * place the defaults live: the bot, the command line verbs, the training run and the benchmarks all ask.
 *
 * @param knowledgeDir {@code MENTOR_KNOWLEDGE_DIR}, else {@code knowledge}: the folder with knowledge.yaml
 * @param dataDir {@code MENTOR_DATA_DIR}, else {@code data}: audit log, reports, usage counts
 * @param auditLog {@code MENTOR_AUDIT_LOG}, else {@code audit.jsonl} in the data folder
 */
public record Paths(Path knowledgeDir, Path dataDir, Path auditLog) {

    public static Paths from(Map<String, String> vars) {
        return from(new Env(vars));
    }

    static Paths from(Env env) {
        Path data = Path.of(env.text("MENTOR_DATA_DIR", "data"));
        String audit = env.text("MENTOR_AUDIT_LOG");
        return new Paths(
                Path.of(env.text("MENTOR_KNOWLEDGE_DIR", "knowledge")),
                data,
                audit == null ? data.resolve("audit.jsonl") : Path.of(audit));
    }
}

package dev.careermentor.app;

import dev.careermentor.core.knowledge.KnowledgeLoader;
import dev.careermentor.core.knowledge.Translations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The knowledge packed inside the jar at build time (the repository's {@code knowledge/knowledge.yaml}),
 * so the jar runs from any folder. It is used only when {@code MENTOR_KNOWLEDGE_DIR} is unset and the
 * default folder, {@code knowledge} in the working directory, has no knowledge file: a folder always
 * wins, so moderators keep editing, reloading and watching theirs.
 */
public final class PackedKnowledge {
    /** The resource path inside the jar. */
    public static final String RESOURCE = "knowledge/" + KnowledgeLoader.FILE_NAME;
    /** The name problems and messages give the packed file. */
    public static final String NAME = KnowledgeLoader.FILE_NAME + " (packed in the jar)";

    private PackedKnowledge() {}

    /** Whether to use the packed copy rather than a folder. */
    public static boolean applies(Map<String, String> vars) {
        Env env = new Env(vars);
        if (env.text("MENTOR_KNOWLEDGE_DIR") != null) return false;
        Path dir = Paths.from(env).knowledgeDir();
        return !Files.exists(dir.resolve(KnowledgeLoader.FILE_NAME)) && bytes() != null;
    }

    /** Validates and builds the packed copy. */
    public static KnowledgeLoader.Result load(KnowledgeLoader loader) {
        byte[] bytes = bytes();
        if (bytes == null) {
            return loader.load(Path.of("knowledge")); // reports the missing folder as it always has
        }
        // Its Chinese translation is packed beside it.
        return loader.load(
                NAME,
                bytes,
                Translations.FILE_NAME + " (packed in the jar)",
                bytes("knowledge/" + Translations.FILE_NAME));
    }

    private static byte @Nullable [] bytes() {
        return bytes(RESOURCE);
    }

    private static byte @Nullable [] bytes(String resource) {
        ClassLoader cl = PackedKnowledge.class.getClassLoader();
        try (InputStream in = cl == null ? null : cl.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}

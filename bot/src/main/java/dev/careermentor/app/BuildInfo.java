package dev.careermentor.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version and git revision this build was made from, written into {@code career-mentor-build.properties}
 * by Maven: shown by {@code --version}, in the start-up line and as {@code mentor_build_info}.
 */
public record BuildInfo(String version, String revision) {
    private static final String RESOURCE = "career-mentor-build.properties";
    private static final BuildInfo CURRENT = load();

    public static BuildInfo current() {
        return CURRENT;
    }

    private static BuildInfo load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // Reported as unknown below.
        }
        return new BuildInfo(known(p.getProperty("version")), known(p.getProperty("revision")));
    }

    /** A value Maven filled in; "unknown" when it did not (a build outside git leaves the placeholder). */
    private static String known(String value) {
        return value == null || value.isBlank() || value.contains("${") ? "unknown" : value.strip();
    }

    /** "career-mentor 1.1.0 (revision 0123abcd4567)". */
    @Override
    public String toString() {
        return "career-mentor " + version + " (revision " + revision + ")";
    }
}

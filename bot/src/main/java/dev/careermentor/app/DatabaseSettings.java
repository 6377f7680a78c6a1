package dev.careermentor.app;

import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL database every copy of the bot shares ({@code MENTOR_DATABASE_URL}); without one, each
 * process keeps its state in an embedded database file in its data folder.
 *
 * @param url a JDBC URL, {@code jdbc:postgresql://host:5432/name}
 * @param poolSize connections this process keeps open at most
 */
public record DatabaseSettings(
        String url, @Nullable String user, @Nullable String password, int poolSize) {

    public static final int DEFAULT_POOL = 10;

    @Override
    public String toString() { // never log the password
        return "DatabaseSettings[url=" + url.replaceAll("(?i)(password=)[^&;]*", "$1***") + ", user=" + user
                + ", poolSize=" + poolSize + "]";
    }
}

/**
 * State that outlives a request and is shared by every copy of the bot: the audit log, "Outdated?"
 * reports, usage counts, retry and Share keys, cooldown budgets, language choices (and, in the Slack
 * adapter, installations). One SQL code path over two databases: PostgreSQL when {@code
 * MENTOR_DATABASE_URL} is set, else an embedded H2 file under the data folder. Schema by Flyway
 * migrations in {@code db/migration}, connections by HikariCP.
 */
@NullMarked
package dev.careermentor.store;

import org.jspecify.annotations.NullMarked;

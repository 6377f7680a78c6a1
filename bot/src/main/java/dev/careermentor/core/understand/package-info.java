/**
 * Understanding questions typed in plain words, in English or Chinese: who and what they mention, what
 * they ask about, and an answer built from the structured knowledge, with retrieval over every passage
 * as the fallback and an honest "not covered" when nothing fits.
 */
@NullMarked
package dev.careermentor.core.understand;

import org.jspecify.annotations.NullMarked;

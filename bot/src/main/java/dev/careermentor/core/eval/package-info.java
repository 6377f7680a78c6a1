/** The evaluation set: questions as people type them, what a right answer must hold, and the runner. */
@NullMarked
package dev.careermentor.core.eval;

import org.jspecify.annotations.NullMarked;

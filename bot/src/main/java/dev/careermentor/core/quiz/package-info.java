@NullMarked
package dev.careermentor.core.quiz;

import org.jspecify.annotations.NullMarked;

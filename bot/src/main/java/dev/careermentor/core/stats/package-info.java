@NullMarked
package dev.careermentor.core.stats;

import org.jspecify.annotations.NullMarked;

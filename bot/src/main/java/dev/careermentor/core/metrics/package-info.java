@NullMarked
package dev.careermentor.core.metrics;

import org.jspecify.annotations.NullMarked;

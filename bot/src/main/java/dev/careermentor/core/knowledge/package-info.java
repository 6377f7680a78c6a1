@NullMarked
package dev.careermentor.core.knowledge;

import org.jspecify.annotations.NullMarked;

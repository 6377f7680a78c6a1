@NullMarked
package dev.careermentor.core.component;

import org.jspecify.annotations.NullMarked;

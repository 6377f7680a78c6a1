@NullMarked
package dev.careermentor.core.text;

import org.jspecify.annotations.NullMarked;

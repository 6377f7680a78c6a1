@NullMarked
package dev.careermentor.slack;

import org.jspecify.annotations.NullMarked;

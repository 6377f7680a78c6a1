@NullMarked
package dev.careermentor;

import org.jspecify.annotations.NullMarked;

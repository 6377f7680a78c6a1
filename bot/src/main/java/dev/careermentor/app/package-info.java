@NullMarked
package dev.careermentor.app;

import org.jspecify.annotations.NullMarked;

@NullMarked
package dev.careermentor.console;

import org.jspecify.annotations.NullMarked;

@NullMarked
package dev.careermentor.core;

import org.jspecify.annotations.NullMarked;

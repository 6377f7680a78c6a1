@NullMarked
package dev.careermentor.core.command;

import org.jspecify.annotations.NullMarked;

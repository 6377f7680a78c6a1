@NullMarked
package dev.careermentor.discord;

import org.jspecify.annotations.NullMarked;

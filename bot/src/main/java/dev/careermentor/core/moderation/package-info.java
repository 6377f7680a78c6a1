@NullMarked
package dev.careermentor.core.moderation;

import org.jspecify.annotations.NullMarked;

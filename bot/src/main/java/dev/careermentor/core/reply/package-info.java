@NullMarked
package dev.careermentor.core.reply;

import org.jspecify.annotations.NullMarked;

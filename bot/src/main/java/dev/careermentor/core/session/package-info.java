@NullMarked
package dev.careermentor.core.session;

import org.jspecify.annotations.NullMarked;

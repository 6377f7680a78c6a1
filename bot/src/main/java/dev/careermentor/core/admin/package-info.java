@NullMarked
package dev.careermentor.core.admin;

import org.jspecify.annotations.NullMarked;

@NullMarked
package dev.careermentor.core.knowledge.model;

import org.jspecify.annotations.NullMarked;

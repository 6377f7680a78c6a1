@NullMarked
package dev.careermentor.core.knowledge.schema;

import org.jspecify.annotations.NullMarked;

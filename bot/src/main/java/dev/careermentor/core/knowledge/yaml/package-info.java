@NullMarked
package dev.careermentor.core.knowledge.yaml;

import org.jspecify.annotations.NullMarked;

/**
 * Annotations that make the knowledge records the one description of the knowledge file: what each
 * field holds, its limits, what an id refers to. The validator's shape checks and the JSON Schema for
 * editors are both built from the records and these annotations, so the three cannot drift apart.
 */
@NullMarked
package dev.careermentor.core.knowledge.model.meta;

import org.jspecify.annotations.NullMarked;

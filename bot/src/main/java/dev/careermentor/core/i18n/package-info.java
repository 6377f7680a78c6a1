/** Every user-facing sentence of the code, in message catalogs per language. */
@NullMarked
package dev.careermentor.core.i18n;

import org.jspecify.annotations.NullMarked;

/** The bot's own data files: private permissions, whole-line appends, atomic replacement, torn-tail repair. */
@NullMarked
package dev.careermentor.core.io;

import org.jspecify.annotations.NullMarked;

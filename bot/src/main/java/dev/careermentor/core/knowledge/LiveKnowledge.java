package dev.careermentor.core.knowledge;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The knowledge currently served. Readers take one snapshot per request; a reload replaces the
 * whole snapshot in one atomic step, so readers see the old version or the new one, never a mix.
 */
public final class LiveKnowledge implements Supplier<Knowledge> {
    private final AtomicReference<Knowledge> current;

    public LiveKnowledge(Knowledge initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial knowledge"));
    }

    @Override
    public Knowledge get() {
        return Objects.requireNonNull(current.get());
    }

    /** Swaps in {@code next}; returns the version it replaced. */
    public Knowledge swap(Knowledge next) {
        return current.getAndSet(Objects.requireNonNull(next, "next knowledge"));
    }
}

package io.weir.platform.notifications.internal;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with full jitter: the n-th retry waits a random time up to {@code first * 2^(n-1)}, so alerts
 * that failed together against one vendor do not all come back at the same instant.
 */
final class RetryBackoff {

    private final Duration first;
    private final DoubleSupplier random;

    RetryBackoff(Duration first, DoubleSupplier random) {
        this.first = first;
        this.random = random;
    }

    /** The wait before retry number {@code retry} (1 for the first retry). */
    Duration before(int retry) {
        long ceilingMillis = first.toMillis() << Math.min(retry - 1, 20);
        // at least a tenth of the ceiling: a zero wait would hammer a vendor that just failed
        long millis = Math.max(ceilingMillis / 10, (long) (random.getAsDouble() * ceilingMillis));
        return Duration.ofMillis(millis);
    }
}

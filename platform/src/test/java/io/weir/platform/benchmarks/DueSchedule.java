package io.weir.platform.benchmarks;

import java.time.Duration;
import java.time.Instant;

/** Deadlines spread evenly over a window: the i-th of {@code count} falls due {@code i * window / count} after the start. */
record DueSchedule(Instant firstDue, Duration window, int count) {

    /** Starts the window once the setup still to come should be done: the remaining requests at the rate so far. */
    static DueSchedule after(int remaining, double perSecond, Duration margin, Duration window, int count) {
        long setupMillis = (long) (remaining / perSecond * 1000);
        return new DueSchedule(Instant.now().plusMillis(setupMillis).plus(margin), window, count);
    }

    Instant dueAt(int index) {
        return firstDue.plusNanos(window.toNanos() / count * index);
    }

    Instant end() {
        return firstDue.plus(window);
    }

    double perSecond() {
        return count / (window.toMillis() / 1000.0);
    }
}

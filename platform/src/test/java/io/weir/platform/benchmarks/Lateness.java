package io.weir.platform.benchmarks;

import java.util.Map;
import java.util.Set;
import org.HdrHistogram.Histogram;

/**
 * How late deadlines were handed on after they fell due, over the deadlines that fired; the ones that did not fire
 * by the end of the wait count as missed, and deadlines handed on that were not due (nor warm-up) count as fired early.
 */
record Lateness(int due, int fired, int missed, long firedTwice, int firedEarly, long p50Millis, long p99Millis,
                long maxMillis, double handedPerSecond) {

    private static final long HOUR_MILLIS = 3_600_000L;

    static Lateness of(Firings firings, Map<String, Long> dueMillisByKey, Set<String> warmupKeys) {
        Histogram histogram = new Histogram(HOUR_MILLIS, 3);
        long firstDue = Long.MAX_VALUE;
        long lastHanded = Long.MIN_VALUE;
        int fired = 0;
        for (Map.Entry<String, Long> due : dueMillisByKey.entrySet()) {
            firstDue = Math.min(firstDue, due.getValue());
            Long handed = firings.firstAtMillis(due.getKey());
            if (handed != null) {
                fired++;
                lastHanded = Math.max(lastHanded, handed);
                histogram.recordValue(Math.min(HOUR_MILLIS, Math.max(0, handed - due.getValue())));
            }
        }
        double seconds = (lastHanded - firstDue) / 1000.0;
        return new Lateness(dueMillisByKey.size(), fired, dueMillisByKey.size() - fired, firings.firedTwice(),
                firings.count() - fired - firings.countAmong(warmupKeys), histogram.getValueAtPercentile(50), histogram.getValueAtPercentile(99),
                histogram.getMaxValue(), fired == 0 || seconds <= 0 ? 0 : IntakeBenchmark.round(fired / seconds));
    }

    JsonLines.Line addTo(JsonLines.Line line) {
        return line.with("due", due).with("fired", fired).with("missed", missed).with("firedTwice", firedTwice)
                .with("firedEarly", firedEarly).with("latenessOf", "fired deadlines")
                .with("p50Ms", p50Millis).with("p99Ms", p99Millis).with("maxMs", maxMillis)
                .with("handedPerSecond", handedPerSecond);
    }
}

package io.weir.platform.benchmarks;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * When each deadline was handed on, by key (lead id or business key). An escalation reaches several recipients, so a
 * repeat counts as a double fire only when the same recipient is told about the same key again.
 */
final class Firings {

    private final Map<String, Long> firstAtMillis = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> perRecipient = new ConcurrentHashMap<>();

    void record(String key, String recipient, long atMillis) {
        firstAtMillis.putIfAbsent(key, atMillis);
        perRecipient.computeIfAbsent(key + "|" + recipient, k -> new AtomicInteger()).incrementAndGet();
    }

    Long firstAtMillis(String key) {
        return firstAtMillis.get(key);
    }

    int count() {
        return firstAtMillis.size();
    }

    int countAmong(Collection<String> keys) {
        return (int) keys.stream().filter(firstAtMillis::containsKey).count();
    }

    /** Keys that reached one recipient more than once. */
    long firedTwice() {
        return perRecipient.entrySet().stream().filter(entry -> entry.getValue().get() > 1)
                .map(entry -> entry.getKey().substring(0, entry.getKey().indexOf('|'))).distinct().count();
    }
}

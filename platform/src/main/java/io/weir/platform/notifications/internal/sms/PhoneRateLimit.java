package io.weir.platform.notifications.internal.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A sliding one-hour window of sends per phone number, so a burst of escalations cannot flood one person. */
class PhoneRateLimit {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final Clock clock;
    private final Map<String, Deque<Instant>> sent = new ConcurrentHashMap<>();

    PhoneRateLimit(Clock clock) {
        this.clock = clock;
    }

    /** Takes one send for the phone if the window has room for {@code perHour}; false means wait. */
    boolean tryAcquire(String phone, int perHour) {
        Instant now = clock.instant();
        Deque<Instant> times = sent.computeIfAbsent(phone, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perHour) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}

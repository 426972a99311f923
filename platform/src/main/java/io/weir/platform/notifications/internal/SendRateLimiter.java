package io.weir.platform.notifications.internal;

import io.weir.platform.notifications.SendRate;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Keeps each channel under its vendor's send rate: a sliding window of recent sends per channel (or per channel and
 * person), and a block for the vendor's penalty time once the vendor said "too fast" anyway.
 */
@Component
class SendRateLimiter {

    private final Map<String, Deque<Instant>> sends = new ConcurrentHashMap<>();
    private final Map<String, Instant> blockedUntil = new ConcurrentHashMap<>();

    /** When the next send may go: {@code now} if a slot is free, else when the oldest send leaves the window. */
    Instant nextSlot(String channel, SendRate rate, String recipient, Instant now) {
        Instant blocked = blockedUntil.get(channel);
        if (blocked != null && blocked.isAfter(now)) {
            return blocked;
        }
        Deque<Instant> window = window(channel, rate, recipient);
        synchronized (window) {
            Instant windowStart = now.minus(rate.per());
            while (!window.isEmpty() && !window.peekFirst().isAfter(windowStart)) {
                window.pollFirst();
            }
            return window.size() < rate.messages() ? now : window.peekFirst().plus(rate.per());
        }
    }

    /** How many more sends the window takes now (0 while the vendor blocks the channel). */
    int freeSlots(String channel, SendRate rate, String recipient, Instant now) {
        Instant blocked = blockedUntil.get(channel);
        if (blocked != null && blocked.isAfter(now)) {
            return 0;
        }
        Deque<Instant> window = window(channel, rate, recipient);
        synchronized (window) {
            nextSlot(channel, rate, recipient, now); // drops the sends that left the window
            return Math.max(0, rate.messages() - window.size());
        }
    }

    /** Takes a slot if one is free now; false when the send has to wait. */
    boolean tryAcquire(String channel, SendRate rate, String recipient, Instant now) {
        Deque<Instant> window = window(channel, rate, recipient);
        synchronized (window) {
            if (nextSlot(channel, rate, recipient, now).isAfter(now)) {
                return false;
            }
            window.addLast(now);
            return true;
        }
    }

    /** The vendor refused a send as too fast: nothing more goes to it until its penalty time is over. */
    void throttled(String channel, SendRate rate, Instant now) {
        blockedUntil.put(channel, now.plus(rate.penalty()));
    }

    private Deque<Instant> window(String channel, SendRate rate, String recipient) {
        return sends.computeIfAbsent(rate.perRecipient() ? channel + "|" + recipient : channel, key -> new ArrayDeque<>());
    }
}

package io.weir.platform.notifications.internal;

import io.weir.platform.notifications.ChannelHealth;
import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.FailureClass;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Keeps the last attempts of every channel and turns them into a health state. Three failures in a row, or one that
 * retrying cannot cure (authentication, parameter), turn a channel red; any failure among the recent attempts amber.
 */
@Component
class ChannelHealthBoard {

    static final int WINDOW = 20;
    static final int RED_AFTER_CONSECUTIVE = 3;

    private record Attempt(Instant at, DeliveryResult result) {
    }

    private final Clock clock;
    private final Map<String, Deque<Attempt>> attempts = new ConcurrentHashMap<>();

    ChannelHealthBoard(Clock clock) {
        this.clock = clock;
    }

    /** Keeps the attempt; true when it turned the channel red (it was not red before). */
    boolean record(DeliveryResult result) {
        if (result.skipped()) {
            return false;
        }
        Deque<Attempt> recent = attempts.computeIfAbsent(result.channel(), channel -> new ArrayDeque<>());
        synchronized (recent) {
            boolean wasRed = health(result.channel(), true).state() == ChannelHealth.State.RED;
            recent.addLast(new Attempt(clock.instant(), result));
            while (recent.size() > WINDOW) {
                recent.pollFirst();
            }
            return !wasRed && health(result.channel(), true).state() == ChannelHealth.State.RED;
        }
    }

    void forget(String channel, Predicate<DeliveryResult> which) {
        Deque<Attempt> recent = attempts.getOrDefault(channel, new ArrayDeque<>());
        synchronized (recent) {
            recent.removeIf(attempt -> which.test(attempt.result()));
        }
    }

    ChannelHealth health(String channel, boolean configured) {
        Deque<Attempt> recent = attempts.getOrDefault(channel, new ArrayDeque<>());
        synchronized (recent) {
            if (!configured && recent.isEmpty()) {
                return new ChannelHealth(channel, ChannelHealth.State.UNUSED, 0, 0, null, null, null);
            }
            int failures = 0;
            int consecutive = 0;
            Instant lastDelivered = null;
            Attempt lastFailure = null;
            for (Attempt attempt : recent) {
                if (attempt.result().delivered()) {
                    consecutive = 0;
                    lastDelivered = attempt.at();
                } else {
                    failures++;
                    consecutive++;
                    lastFailure = attempt;
                }
            }
            return new ChannelHealth(channel, state(recent, consecutive, failures), recent.size(), failures,
                    lastDelivered, lastFailure == null ? null : lastFailure.at(),
                    lastFailure == null ? null : lastFailure.result());
        }
    }

    private static ChannelHealth.State state(Deque<Attempt> recent, int consecutive, int failures) {
        if (recent.isEmpty()) {
            return ChannelHealth.State.GREEN;
        }
        DeliveryResult last = recent.peekLast().result();
        boolean incurable = !last.delivered() && last.failureClass() != null
                && (last.failureClass() == FailureClass.AUTHENTICATION || last.failureClass() == FailureClass.PARAMETER);
        if (consecutive >= RED_AFTER_CONSECUTIVE || incurable) {
            return ChannelHealth.State.RED;
        }
        return failures > 0 ? ChannelHealth.State.AMBER : ChannelHealth.State.GREEN;
    }
}

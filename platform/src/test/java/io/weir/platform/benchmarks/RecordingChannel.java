package io.weir.platform.benchmarks;

import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.Notification;
import io.weir.platform.notifications.NotificationChannel;
import io.weir.platform.notifications.Recipient;
import org.springframework.core.Ordered;

/**
 * A notification channel that only notes when each escalation reached the notification port. It is asked first, so
 * the time is that of the hand-over, not of the channels before it.
 */
final class RecordingChannel implements NotificationChannel, Ordered {

    private static final String ESCALATED = "escalated:";

    private final Firings firings;

    RecordingChannel(Firings firings) {
        this.firings = firings;
    }

    @Override
    public String id() {
        return "benchmark-recorder";
    }

    @Override
    public DeliveryResult deliver(Recipient recipient, Notification notification) {
        long now = System.currentTimeMillis();
        if (notification.dedupKey().startsWith(ESCALATED)) {
            firings.record(notification.dedupKey().substring(ESCALATED.length()), recipient.username(), now);
        }
        return DeliveryResult.delivered(id());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}

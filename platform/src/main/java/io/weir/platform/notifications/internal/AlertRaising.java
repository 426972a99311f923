package io.weir.platform.notifications.internal;

import io.weir.platform.notifications.AlertSettings;
import io.weir.platform.notifications.Notification;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Raises alerts: the bell entry is written at once and the outbound alert recorded in the outbox, both in the
 * caller's transaction, so an alert exists exactly when the event that raised it does. The dispatcher is woken
 * after commit.
 */
@Component
public class AlertRaising {

    private final AlertOutbox outbox;
    private final InAppInbox bell;
    private final AlertSettings settings;
    private final DispatchSignal signal;
    private final Clock clock;

    AlertRaising(AlertOutbox outbox, InAppInbox bell, AlertSettings settings, DispatchSignal signal, Clock clock) {
        this.outbox = outbox;
        this.bell = bell;
        this.settings = settings;
        this.signal = signal;
        this.clock = clock;
    }

    /** The bell, then the alert type's chain; {@code deadlineAt} is the SLA deadline it is about, if any. */
    public void raise(String alertType, Notification notification, Instant deadlineAt) {
        bell.store(notification);
        enqueue(alertType, notification, settings.chainFor(alertType), "chain", deadlineAt);
    }

    /** Along an explicit chain rather than its type's; the bell gets it too. */
    void raiseAlong(List<String> chain, String alertType, Notification notification) {
        bell.store(notification);
        enqueue(alertType, notification, chain, "chain", null);
    }

    void raiseBellOnly(Notification notification) {
        bell.store(notification);
    }

    /** On one channel only, with no fallback: for alarms fanned out over several channels, and test sends. */
    boolean raiseOn(String channel, String alertType, Notification notification) {
        return enqueue(alertType, notification, List.of(channel), channel, null);
    }

    private boolean enqueue(String alertType, Notification notification, List<String> chain, String lane,
                            Instant deadlineAt) {
        Instant now = clock.instant();
        boolean recorded = outbox.enqueue(new AlertOutbox.NewAlert(
                notification.dedupKey() + "|" + notification.recipient() + "|" + lane, alertType,
                notification.recipient(), notification.title(), notification.body(), notification.dedupKey(),
                notification.link(), chain, deadlineAt), now, now.plus(settings.budget()));
        if (recorded) {
            signal.afterCommit();
        }
        return recorded;
    }
}

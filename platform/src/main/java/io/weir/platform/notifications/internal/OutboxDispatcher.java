package io.weir.platform.notifications.internal;

import io.weir.platform.notifications.AlertSettings;
import io.weir.platform.shared.BackgroundWorkers;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds: a few threads read the due alerts, claim each one and carry it along its chain. They
 * wake when an alert is recorded, when the next retry is due, and at the latest after one poll interval. Alerts left
 * by a crash are due again once their lease ran out, so a restart sends them without any recovery step.
 */
@Component
class OutboxDispatcher extends BackgroundWorkers {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final AlertOutbox outbox;
    private final AlertDelivery delivery;
    private final DispatchSignal signal;
    private final AlertSettings settings;
    private final Clock clock;
    private final long[] seen;

    OutboxDispatcher(AlertOutbox outbox, AlertDelivery delivery, DispatchSignal signal, AlertSettings settings,
                     Clock clock) {
        super("weir-alert-dispatcher", settings.dispatchers(), settings.pollInterval());
        this.outbox = outbox;
        this.delivery = delivery;
        this.signal = signal;
        this.settings = settings;
        this.clock = clock;
        this.seen = new long[settings.dispatchers()];
    }

    /** Carries every due alert this worker can claim; true when the batch was full (more may be due). */
    boolean dispatchOnce(int worker) {
        List<AlertOutbox.PendingAlert> due = outbox.due(clock.instant(), settings.batchSize());
        // each worker starts at its own offset, so two workers rarely race for the same claim
        int offset = due.isEmpty() ? 0 : worker * due.size() / settings.dispatchers();
        for (int i = 0; i < due.size() && isRunning(); i++) {
            AlertOutbox.PendingAlert alert = due.get((offset + i) % due.size());
            Instant leaseEnds = clock.instant().plus(settings.lease());
            if (!outbox.claim(alert, leaseEnds)) {
                continue;
            }
            try {
                delivery.carry(alert, leaseEnds);
            } catch (RuntimeException failure) {
                log.warn("alert {} to {} could not be carried; it is due again when its lease ends", alert.dedupKey(),
                        alert.recipient(), failure);
            }
        }
        return due.size() == settings.batchSize();
    }

    @Override
    protected void round(int worker) throws InterruptedException {
        if (!dispatchOnce(worker)) {
            seen[worker] = signal.await(seen[worker], untilNext(outbox.nextDue(), clock.instant(), settings.pollInterval()));
        }
    }
}

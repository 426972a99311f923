package io.weir.platform.notifications.internal;

import io.weir.platform.notifications.AlertSettings;
import io.weir.platform.shared.WorkerThreads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds: a few threads read the due alerts, claim each one and carry it along its chain. They
 * wake when an alert is recorded, when the next retry is due, and at the latest after one poll interval. Alerts left
 * by a crash are due again once their lease ran out, so a restart sends them without any recovery step.
 */
@Component
class OutboxDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final AlertOutbox outbox;
    private final AlertDelivery delivery;
    private final DispatchSignal signal;
    private final AlertSettings settings;
    private final Clock clock;
    private final WorkerThreads workers;
    private final long[] seen;

    OutboxDispatcher(AlertOutbox outbox, AlertDelivery delivery, DispatchSignal signal, AlertSettings settings,
                     Clock clock) {
        this.outbox = outbox;
        this.delivery = delivery;
        this.signal = signal;
        this.settings = settings;
        this.clock = clock;
        this.workers = new WorkerThreads("weir-alert-dispatcher", settings.dispatchers(), settings.pollInterval(),
                this::dispatch);
        this.seen = new long[settings.dispatchers()];
    }

    /** Carries every due alert this worker can claim; true when the batch was full (more may be due). */
    boolean dispatchOnce(int worker) {
        List<AlertOutbox.PendingAlert> due = outbox.due(clock.instant(), settings.batchSize());
        // each worker starts at its own offset, so two workers rarely race for the same claim
        int offset = due.isEmpty() ? 0 : worker * due.size() / settings.dispatchers();
        for (int i = 0; i < due.size() && workers.running(); i++) {
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
    public void start() {
        workers.start();
    }

    private void dispatch(int worker) throws InterruptedException {
        if (!dispatchOnce(worker)) {
            seen[worker] = signal.await(seen[worker], waitTime());
        }
    }

    private Duration waitTime() {
        Instant now = clock.instant();
        Duration max = settings.pollInterval();
        return outbox.nextDue()
                .map(next -> Duration.between(now, next))
                .map(untilNext -> untilNext.compareTo(max) > 0 ? max
                        : untilNext.isNegative() || untilNext.isZero() ? Duration.ofMillis(1) : untilNext)
                .orElse(max);
    }

    @Override
    public void stop() {
        workers.stop();
    }

    @Override
    public boolean isRunning() {
        return workers.running();
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 100;
    }
}

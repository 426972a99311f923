package io.weir.platform.sla.internal;

import io.weir.platform.shared.BackgroundWorkers;
import io.weir.platform.sla.SlaSettings;
import io.weir.platform.workflow.WorkflowRuntime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Watches the deadline store and fires what is due, oldest first. It looks again after at most one sweep interval,
 * sooner when the next deadline is nearer, and at once after a full batch; pending deadlines survive a restart in the
 * store and the overdue ones fire on the first sweep after it.
 */
@Component
class DeadlineSweeper extends BackgroundWorkers {

    private static final Logger log = LoggerFactory.getLogger(DeadlineSweeper.class);

    private final SlaClocks clocks;
    private final DeadlineFiring firing;
    private final WorkflowRuntime workflow;
    private final SlaSettings settings;
    private final Clock clock;
    private final AtomicLong fired = new AtomicLong();

    DeadlineSweeper(SlaClocks clocks, DeadlineFiring firing, WorkflowRuntime workflow, SlaSettings settings,
                    Clock clock) {
        super("weir-sla-sweeper", settings.sweepers(), settings.sweepInterval());
        this.clocks = clocks;
        this.firing = firing;
        this.workflow = workflow;
        this.settings = settings;
        this.clock = clock;
    }

    /** Fires every deadline due now; returns how many this call fired. */
    int sweepOnce(int worker) {
        Instant now = clock.instant();
        List<SlaClocks.DueClock> due = clocks.due(now, settings.batchSize());
        int count = 0;
        // Sweepers split a batch by row so that they rarely contend for the same claim.
        for (int i = 0; i < due.size(); i++) {
            if (settings.sweepers() > 1 && Math.floorMod(due.get(i).id().hashCode(), settings.sweepers()) != worker) {
                continue;
            }
            try {
                if (firing.fire(due.get(i))) {
                    count++;
                }
            } catch (RuntimeException failure) {
                log.warn("deadline {} of lead {} could not fire; it stays pending", due.get(i).id(),
                        due.get(i).leadId(), failure);
            }
        }
        if (count > 0) {
            fired.addAndGet(count);
            workflow.nudgeWorker();
        }
        return due.size() == settings.batchSize() ? Integer.MAX_VALUE : count;
    }

    long firedSinceStart() {
        return fired.get();
    }

    @Override
    protected void round(int worker) throws InterruptedException {
        if (sweepOnce(worker) != Integer.MAX_VALUE) {
            Duration max = settings.sweepInterval();
            Instant now = clock.instant();
            Thread.sleep(untilNext(clocks.nextDue(now.plus(max)), now, max).toMillis());
        }
    }
}

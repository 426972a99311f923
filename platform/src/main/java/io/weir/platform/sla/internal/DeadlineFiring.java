package io.weir.platform.sla.internal;

import io.weir.platform.workflow.WorkflowRuntime;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fires one deadline: claims it and delivers its message to the lead's process in the same transaction. If the
 * delivery fails the claim rolls back and the next sweep fires it again; once committed it never fires again.
 */
@Component
class DeadlineFiring {

    private final SlaClocks clocks;
    private final WorkflowRuntime workflow;
    private final Clock clock;

    DeadlineFiring(SlaClocks clocks, WorkflowRuntime workflow, Clock clock) {
        this.clocks = clocks;
        this.workflow = workflow;
        this.clock = clock;
    }

    @Transactional
    public boolean fire(SlaClocks.DueClock due) {
        if (!clocks.claim(due.id(), clock.instant())) {
            return false;
        }
        workflow.correlate(due.kind().message(), due.leadId());
        return true;
    }
}

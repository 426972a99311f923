package io.weir.platform.sla.internal;

import io.weir.platform.leads.LeadAssigned;
import io.weir.platform.leads.LeadReassigned;
import io.weir.platform.leads.LeadResponded;
import io.weir.platform.workflow.WorkflowRuntime;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts, stops and re-routes a lead's clock as the lead changes hands. Each listener runs in its own transaction
 * after the lead's, from the event publication registry, so a crash in between only delays it.
 */
@Component
class LeadClocks {

    static final String PROCESS = "lead-response-sla";
    static final String RESPOND_TASK = "respond-to-lead";

    private final SlaClocks clocks;
    private final WorkflowRuntime workflow;

    private final ConflictRetry retry;

    LeadClocks(SlaClocks clocks, WorkflowRuntime workflow, ConflictRetry retry) {
        this.clocks = clocks;
        this.workflow = workflow;
        this.retry = retry;
    }

    @ApplicationModuleListener
    void on(LeadAssigned assigned) {
        if (clocks.register(assigned.leadId(), ClockKind.RESPONSE, assigned.responseDueAt())) {
            workflow.start(PROCESS, assigned.leadId(), Map.of(
                    "assignee", assigned.assignee(),
                    "teamId", assigned.teamId() == null ? "" : assigned.teamId(),
                    "tier", assigned.tier(),
                    "policyVersion", assigned.policyVersion()));
        }
    }

    /** Retried on a conflict: the answer may land just as the deadline fires into the same process instance. */
    @Async
    @TransactionalEventListener
    void on(LeadResponded responded) {
        retry.inNewTransaction(() -> {
            clocks.cancelPending(responded.leadId());
            workflow.completeUserTask(responded.leadId(), RESPOND_TASK);
        });
    }

    @Async
    @TransactionalEventListener
    void on(LeadReassigned reassigned) {
        retry.inNewTransaction(() -> workflow.reassignUserTask(reassigned.leadId(), RESPOND_TASK, reassigned.to()));
    }
}

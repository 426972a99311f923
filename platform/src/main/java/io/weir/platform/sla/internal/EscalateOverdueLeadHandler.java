package io.weir.platform.sla.internal;

import io.weir.platform.leads.Lead;
import io.weir.platform.leads.LeadManagement;
import io.weir.platform.policies.LeadPolicy;
import io.weir.platform.sla.LeadEscalated;
import io.weir.platform.workflow.ExternalTask;
import io.weir.platform.workflow.ExternalTaskHandler;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code escalate-overdue-lead}: marks the lead red, announces the escalation and starts the recycle clock. Delivered
 * at least once, it escalates at most once: the red mark is set only on an open lead that does not carry it yet.
 */
@Component
class EscalateOverdueLeadHandler implements ExternalTaskHandler {

    private final LeadManagement leads;
    private final LeadPolicy policy;
    private final SlaClocks clocks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EscalateOverdueLeadHandler(LeadManagement leads, LeadPolicy policy, SlaClocks clocks,
                               ApplicationEventPublisher events, Clock clock) {
        this.leads = leads;
        this.policy = policy;
        this.clocks = clocks;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String topic() {
        return "escalate-overdue-lead";
    }

    @Override
    @Transactional
    public void handle(ExternalTask task) {
        Lead lead = leads.find(task.businessKey()).orElse(null);
        if (lead == null || !leads.markOverdue(lead.id())) {
            return;
        }
        Instant now = clock.instant();
        Instant recycleAt = policy.addWorkingMinutes(lead.policyVersion(), lead.responseDueAt(), lead.recycleMinutes());
        clocks.register(lead.id(), ClockKind.RECYCLE, recycleAt);
        events.publishEvent(new LeadEscalated(lead.id(), lead.assignee(), lead.teamId(), lead.tier(),
                lead.responseDueAt(), now));
    }
}

package io.weir.platform.sla.internal;

import io.weir.platform.leads.Lead;
import io.weir.platform.leads.LeadManagement;
import io.weir.platform.sla.LeadRecycled;
import io.weir.platform.workflow.ExternalTask;
import io.weir.platform.workflow.ExternalTaskHandler;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@code recycle-lead}: returns a still-unanswered lead to its team's public pool, once. */
@Component
class RecycleLeadHandler implements ExternalTaskHandler {

    private final LeadManagement leads;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecycleLeadHandler(LeadManagement leads, ApplicationEventPublisher events, Clock clock) {
        this.leads = leads;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String topic() {
        return "recycle-lead";
    }

    @Override
    @Transactional
    public void handle(ExternalTask task) {
        Lead lead = leads.find(task.businessKey()).orElse(null);
        if (lead == null || !leads.returnToPool(lead.id())) {
            return;
        }
        events.publishEvent(new LeadRecycled(lead.id(), lead.assignee(), lead.teamId(), clock.instant()));
    }
}

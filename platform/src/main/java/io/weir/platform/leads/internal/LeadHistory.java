package io.weir.platform.leads.internal;

import io.weir.platform.leads.HistoricLead;
import io.weir.platform.leads.Lead;
import io.weir.platform.leads.LeadStatus;
import io.weir.platform.leads.NewLead;
import io.weir.platform.policies.Classification;
import io.weir.platform.policies.LeadFacts;
import io.weir.platform.policies.LeadPolicy;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores leads whose outcome is already known, classified by the policy in force, with the timeline they would have
 * had: received, assigned, then answered, or overdue and recycled. No events: there is no clock left to run.
 */
@Component
public class LeadHistory {

    private final Leads leads;
    private final LeadPolicy policy;
    private final RoundRobinAssignment assignment;

    LeadHistory(Leads leads, LeadPolicy policy, RoundRobinAssignment assignment) {
        this.leads = leads;
        this.policy = policy;
        this.assignment = assignment;
    }

    /** The rep the routing rules and the team's rotation give this lead now, if anyone can take it. */
    @Transactional
    public java.util.Optional<String> nextRepFor(NewLead lead) {
        String teamId = policy.route(new LeadFacts(lead.sourceChannel(), lead.region(), lead.productInterest(),
                lead.receivedAt()));
        return teamId == null ? java.util.Optional.empty() : assignment.nextRep(teamId);
    }

    @Transactional
    public Lead record(HistoricLead historic, String actor) {
        NewLead incoming = historic.lead();
        Instant receivedAt = incoming.receivedAt().truncatedTo(ChronoUnit.MILLIS);
        LeadFacts facts = new LeadFacts(incoming.sourceChannel(), incoming.region(), incoming.productInterest(),
                receivedAt);
        Classification tier = policy.classify(facts);
        String teamId = policy.route(facts);
        Instant respondedAt = historic.answered() ? historic.respondedAt().truncatedTo(ChronoUnit.MILLIS) : null;
        boolean overdue = respondedAt == null || respondedAt.isAfter(tier.responseDueAt());
        Lead lead = new Lead(UUID.randomUUID().toString(), facts.sourceChannel(), incoming.contactName(),
                PhoneNumbers.normalise(incoming.phone()).orElseThrow(), incoming.company(), facts.region(),
                facts.productInterest(), receivedAt, tier.tier(), tier.goal(), tier.policyVersion(),
                tier.responseDueAt(), tier.recycleMinutes(), teamId,
                respondedAt == null ? null : historic.assignee(),
                respondedAt == null ? LeadStatus.POOL : LeadStatus.RESPONDED, overdue, respondedAt);
        leads.insertClosed(lead, historic.assignee(), LeadIntake.contentHash(incoming), actor);
        leads.appendTimeline(lead.id(), receivedAt, "RECEIVED", actor, lead.sourceChannel() + " · " + lead.tier()
                + " · v" + lead.policyVersion());
        leads.appendTimeline(lead.id(), receivedAt, "ASSIGNED", "system", historic.assignee());
        if (respondedAt != null) {
            var response = historic.response();
            leads.insertResponse(lead.id(), respondedAt, response.channel().name(), response.note(),
                    String.join(",", response.tags()), historic.assignee());
            leads.appendTimeline(lead.id(), respondedAt, "RESPONDED", historic.assignee(), Leads.describe(response));
        } else {
            Instant recycledAt = tier.responseDueAt().plus(tier.recycleMinutes(), ChronoUnit.MINUTES);
            leads.appendTimeline(lead.id(), tier.responseDueAt(), "ESCALATED", "system", "");
            leads.appendTimeline(lead.id(), recycledAt, "RECYCLED", "system", "");
        }
        return lead;
    }
}

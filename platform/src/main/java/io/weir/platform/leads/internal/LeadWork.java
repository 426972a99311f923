package io.weir.platform.leads.internal;

import io.weir.platform.identity.Role;
import io.weir.platform.identity.UserManagement;
import io.weir.platform.identity.WeirUser;
import io.weir.platform.leads.FirstResponse;
import io.weir.platform.leads.Lead;
import io.weir.platform.leads.LeadAssigned;
import io.weir.platform.leads.LeadReassigned;
import io.weir.platform.leads.LeadResponded;
import io.weir.platform.leads.LeadStatus;
import io.weir.platform.policies.Classification;
import io.weir.platform.policies.LeadFacts;
import io.weir.platform.policies.LeadPolicy;
import io.weir.platform.shared.Conflict;
import io.weir.platform.shared.InvalidInput;
import io.weir.platform.shared.NotFound;
import io.weir.platform.shared.Violations;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What reps and managers do to a lead after intake: respond, claim from the pool, reassign; and what the clock does. */
@Component
public class LeadWork {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Leads leads;
    private final Catalog catalog;
    private final LeadPolicy policy;
    private final RoundRobinAssignment assignment;
    private final UserManagement users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeadWork(Leads leads, Catalog catalog, LeadPolicy policy, RoundRobinAssignment assignment, UserManagement users,
             ApplicationEventPublisher events, Clock clock) {
        this.leads = leads;
        this.catalog = catalog;
        this.policy = policy;
        this.assignment = assignment;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Lead respond(String leadId, FirstResponse response, WeirUser rep) {
        Violations violations = new Violations();
        if (response.channel() == null) {
            violations.add("channel", "field.required");
        }
        if (response.note() != null && response.note().length() > 2000) {
            violations.add("note", "field.too-long", 2000);
        }
        var knownTags = catalog.responseTags();
        response.tags().stream().filter(tag -> !knownTags.contains(tag)).findFirst()
                .ifPresent(tag -> violations.add("tags", "lead.tag.unknown", tag));
        violations.throwIfAny();
        Lead lead = visibleForUpdate(leadId, rep);
        if (lead.status() != LeadStatus.OPEN) {
            throw new Conflict("lead.not-open", lead.status().name());
        }
        if (!rep.username().equals(lead.assignee()) && rep.role() != Role.MANAGER && rep.role() != Role.ADMIN) {
            throw new Conflict("lead.not-yours");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        leads.markResponded(leadId, now);
        leads.insertResponse(leadId, now, response.channel().name(), response.note(),
                String.join(",", response.tags()), rep.username());
        leads.appendTimeline(leadId, now, "RESPONDED", rep.username(), Leads.describe(response));
        events.publishEvent(new LeadResponded(leadId, rep.username(), now));
        return leads.byId(leadId).orElseThrow();
    }

    @Transactional
    public Lead claim(String leadId, WeirUser rep) {
        Lead lead = visibleForUpdate(leadId, rep);
        if (lead.status() != LeadStatus.POOL) {
            throw new Conflict("lead.not-in-pool");
        }
        if (rep.role() != Role.REP) {
            throw new Conflict("lead.claim.reps-only");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = now.atZone(CHINA).toLocalDate();
        if (leads.claimsOn(rep.username(), today) >= rep.dailyClaimCap()) {
            throw new Conflict("lead.claim.daily-cap", rep.dailyClaimCap());
        }
        if (!assignment.hasCapacity(rep)) {
            throw new Conflict("lead.claim.open-cap", rep.openLeadCap());
        }
        Classification tier = policy.classify(new LeadFacts(lead.sourceChannel(), lead.region(),
                lead.productInterest(), now));
        leads.assign(leadId, rep.username(), tier.responseDueAt(), tier.policyVersion(), tier.recycleMinutes());
        leads.recordClaim(leadId, rep.username(), today, now);
        leads.appendTimeline(leadId, now, "CLAIMED", rep.username(), "");
        events.publishEvent(new LeadAssigned(leadId, rep.username(), lead.teamId(), lead.tier(), tier.responseDueAt(),
                tier.recycleMinutes(), tier.policyVersion()));
        return leads.byId(leadId).orElseThrow();
    }

    @Transactional
    public Lead reassign(String leadId, String toUsername, WeirUser manager) {
        if (manager.role() != Role.MANAGER && manager.role() != Role.ADMIN) {
            throw new Conflict("lead.reassign.managers-only");
        }
        Lead lead = visibleForUpdate(leadId, manager);
        if (lead.status() != LeadStatus.OPEN) {
            throw new Conflict("lead.not-open", lead.status().name());
        }
        WeirUser target = users.user(toUsername).filter(WeirUser::canTakeLeads)
                .filter(user -> user.teamId() != null && user.teamId().equals(lead.teamId()))
                .orElseThrow(() -> InvalidInput.of("assignee", "lead.reassign.target", toUsername));
        if (target.username().equals(lead.assignee())) {
            return lead;
        }
        leads.reassign(leadId, target.username());
        leads.appendTimeline(leadId, clock.instant(), "REASSIGNED", manager.username(),
                lead.assignee() + " → " + target.username());
        events.publishEvent(new LeadReassigned(leadId, lead.assignee(), target.username()));
        return leads.byId(leadId).orElseThrow();
    }

    /** The red mark; false when the lead was responded meanwhile and so is not overdue. */
    @Transactional
    public boolean markOverdue(String leadId) {
        boolean marked = leads.markOverdue(leadId);
        if (marked) {
            leads.appendTimeline(leadId, clock.instant(), "ESCALATED", "system", "");
        }
        return marked;
    }

    @Transactional
    public boolean returnToPool(String leadId) {
        boolean moved = leads.moveToPool(leadId);
        if (moved) {
            leads.appendTimeline(leadId, clock.instant(), "RECYCLED", "system", "");
        }
        return moved;
    }

    Lead visibleForUpdate(String leadId, WeirUser viewer) {
        Lead lead = leads.byIdForUpdate(leadId).orElseThrow(() -> new NotFound("lead.not-found", leadId));
        if (!LeadVisibility.canSee(viewer, lead)) {
            throw new NotFound("lead.not-found", leadId);
        }
        return lead;
    }
}

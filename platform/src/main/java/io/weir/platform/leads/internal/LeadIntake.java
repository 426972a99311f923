package io.weir.platform.leads.internal;

import io.weir.platform.leads.Lead;
import io.weir.platform.leads.LeadAssigned;
import io.weir.platform.leads.LeadStatus;
import io.weir.platform.leads.NewLead;
import io.weir.platform.leads.ReceivedLead;
import io.weir.platform.policies.Classification;
import io.weir.platform.policies.LeadFacts;
import io.weir.platform.policies.LeadPolicy;
import io.weir.platform.shared.Conflict;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a lead in: checks it, classifies it by the policy in force, routes and assigns it, and stores it together with
 * the {@link LeadAssigned} event in one transaction, so its clock cannot be lost between the two.
 */
@Component
public class LeadIntake {

    private final Leads leads;
    private final Catalog catalog;
    private final LeadPolicy policy;
    private final RoundRobinAssignment assignment;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LeadMetrics metrics;

    LeadIntake(Leads leads, Catalog catalog, LeadPolicy policy, RoundRobinAssignment assignment,
               ApplicationEventPublisher events, Clock clock, LeadMetrics metrics) {
        this.metrics = metrics;
        this.leads = leads;
        this.catalog = catalog;
        this.policy = policy;
        this.assignment = assignment;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ReceivedLead receive(NewLead incoming, String idempotencyKey, String actor) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LeadChecks.check(incoming, catalog.sourceChannels(), now).throwIfAny();
        String requestHash = contentHash(incoming);
        if (idempotencyKey != null) {
            Optional<ReceivedLead> replay = replay(idempotencyKey, requestHash);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        Instant receivedAt = incoming.receivedAt() == null ? now : incoming.receivedAt().truncatedTo(ChronoUnit.MILLIS);
        LeadFacts facts = new LeadFacts(incoming.sourceChannel().trim(), trim(incoming.region()),
                trim(incoming.productInterest()), receivedAt);
        Classification tier = policy.classify(facts);
        String teamId = policy.route(facts);
        Optional<String> rep = teamId == null ? Optional.empty() : assignment.nextRep(teamId);
        Lead lead = new Lead(UUID.randomUUID().toString(), facts.sourceChannel(), incoming.contactName().trim(),
                PhoneNumbers.normalise(incoming.phone()).orElseThrow(), trim(incoming.company()), facts.region(),
                facts.productInterest(), receivedAt, tier.tier(), tier.goal(), tier.policyVersion(),
                tier.responseDueAt(), tier.recycleMinutes(), teamId, rep.orElse(null),
                rep.isPresent() ? LeadStatus.OPEN : LeadStatus.POOL, false, null);
        try {
            leads.insert(lead, idempotencyKey, requestHash, actor);
        } catch (DuplicateKeyException concurrentReplay) {
            return replay(idempotencyKey, requestHash).orElseThrow(() -> concurrentReplay);
        }
        leads.appendTimeline(lead.id(), now, "RECEIVED", actor,
                lead.sourceChannel() + " · " + lead.tier() + " · v" + lead.policyVersion());
        if (rep.isPresent()) {
            leads.appendTimeline(lead.id(), now, "ASSIGNED", "system", rep.get());
            events.publishEvent(new LeadAssigned(lead.id(), rep.get(), teamId, lead.tier(), lead.responseDueAt(),
                    lead.recycleMinutes(), lead.policyVersion()));
        } else {
            leads.appendTimeline(lead.id(), now, "POOLED", "system", teamId == null ? "" : teamId);
        }
        metrics.received(lead);
        return new ReceivedLead(lead, false);
    }

    private Optional<ReceivedLead> replay(String idempotencyKey, String requestHash) {
        return leads.byIdempotencyKey(idempotencyKey).map(previous -> {
            if (!previous.requestHash().equals(requestHash)) {
                throw new Conflict("lead.idempotency.mismatch", idempotencyKey);
            }
            return new ReceivedLead(leads.byId(previous.leadId()).orElseThrow(), true);
        });
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** SHA-256 of the lead as sent: tells a replay of the same request from a different lead under the same key. */
    static String contentHash(NewLead lead) {
        String canonical = String.join("\u0001", String.valueOf(lead.sourceChannel()), String.valueOf(lead.contactName()),
                String.valueOf(lead.phone()), String.valueOf(lead.company()), String.valueOf(lead.region()),
                String.valueOf(lead.productInterest()), String.valueOf(lead.receivedAt()));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

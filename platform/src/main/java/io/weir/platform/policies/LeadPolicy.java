package io.weir.platform.policies;

import io.weir.platform.policies.internal.PolicyEngineAccess;
import java.time.Instant;
import org.springframework.stereotype.Service;

/** Classifies and routes leads with the policy in force; deadlines on the calendar of the version that set them. */
@Service
public class LeadPolicy {

    private final PolicyEngineAccess engine;

    LeadPolicy(PolicyEngineAccess engine) {
        this.engine = engine;
    }

    public Classification classify(LeadFacts facts) {
        return engine.classify(facts);
    }

    /** The team that works a lead, or {@code null} when no routing rule matches. */
    public String route(LeadFacts facts) {
        return engine.route(facts);
    }

    /** Adds working minutes on the calendar of {@code policyVersion}: running clocks keep the version they started with. */
    public Instant addWorkingMinutes(int policyVersion, Instant from, long minutes) {
        return engine.calendarOf(policyVersion).addWorkingMinutes(from, minutes);
    }
}

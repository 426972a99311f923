package io.weir.platform.policies.internal;

import io.weir.platform.policies.Classification;
import io.weir.platform.policies.LeadFacts;
import io.weir.platform.policies.WorkingCalendar;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Evaluates the tier table of the version in force and applies its calendar to the deadline. */
@Component
public class PolicyEngineAccess {

    private final PolicyStore store;
    private final DecisionEngine engine;

    PolicyEngineAccess(PolicyStore store, DecisionEngine engine) {
        this.store = store;
        this.engine = engine;
    }

    public Classification classify(LeadFacts facts) {
        PolicyVersions.StoredVersion version = store.current();
        Map<String, Object> outputs = engine.tier(version.version(), facts);
        int responseMinutes = ((Number) outputs.get("responseMinutes")).intValue();
        int recycleMinutes = ((Number) outputs.get("recycleMinutes")).intValue();
        return new Classification(version.version(), (String) outputs.get("tier"), (String) outputs.get("goal"),
                responseMinutes, recycleMinutes,
                version.calendar().addWorkingMinutes(facts.receivedAt(), responseMinutes));
    }

    public String route(LeadFacts facts) {
        return engine.team(facts);
    }

    public WorkingCalendar calendarOf(int policyVersion) {
        PolicyVersions.StoredVersion current = store.current();
        return current.version() == policyVersion ? current.calendar() : store.version(policyVersion).calendar();
    }
}

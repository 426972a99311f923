package io.weir.platform.policies.internal;

import io.weir.platform.policies.PolicyDraft;
import io.weir.platform.policies.PolicyPublication;
import io.weir.platform.policies.PolicyPublished;
import io.weir.platform.policies.RuleChange;
import io.weir.platform.shared.FieldViolation;
import io.weir.platform.shared.InvalidInput;
import io.weir.platform.shared.Violations;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Checks, diffs and publishes policy drafts. */
@Component
public class PolicyDesigner {

    private final PolicyStore store;
    private final PolicyVersions versions;
    private final DecisionEngine engine;
    private final ApplicationEventPublisher events;

    PolicyDesigner(PolicyStore store, PolicyVersions versions, DecisionEngine engine, ApplicationEventPublisher events) {
        this.store = store;
        this.versions = versions;
        this.engine = engine;
        this.events = events;
    }

    public int currentVersion() {
        return store.current().version();
    }

    public PolicyDraft current() {
        return store.draft(store.current());
    }

    public List<FieldViolation> check(PolicyDraft draft) {
        Violations violations = PolicyChecks.check(draft);
        if (violations.isEmpty()) {
            engine.compileProblems(draft.rules()).forEach(problem -> violations.add("rules", "policy.dmn.invalid", problem));
        }
        return violations.list();
    }

    public List<RuleChange> changes(PolicyDraft draft) {
        return PolicyDiff.between(current(), draft);
    }

    @Transactional
    public PolicyPublication publish(PolicyDraft draft, String publisher) {
        List<FieldViolation> problems = check(draft);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<RuleChange> changes = changes(draft);
        if (changes.isEmpty()) {
            throw InvalidInput.of("rules", "policy.unchanged");
        }
        int version = store.publish(draft, publisher, changes);
        events.publishEvent(new PolicyPublished(version, publisher));
        return versions.history().get(0);
    }

    public List<PolicyPublication> history() {
        return versions.history();
    }
}

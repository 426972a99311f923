package io.weir.platform.policies;

import io.weir.platform.policies.internal.PolicyDesigner;
import io.weir.platform.shared.FieldViolation;
import java.util.List;
import org.springframework.stereotype.Service;

/** The designer's API: read the policy in force, check a draft, see what it changes, publish it as a new version. */
@Service
public class PolicyManagement {

    private final PolicyDesigner designer;

    PolicyManagement(PolicyDesigner designer) {
        this.designer = designer;
    }

    public int currentVersion() {
        return designer.currentVersion();
    }

    public PolicyDraft current() {
        return designer.current();
    }

    public List<FieldViolation> check(PolicyDraft draft) {
        return designer.check(draft);
    }

    public List<RuleChange> changes(PolicyDraft draft) {
        return designer.changes(draft);
    }

    /** Publishes the draft as the next version; refuses an invalid or unchanged one with an {@code InvalidInput}. */
    public PolicyPublication publish(PolicyDraft draft, String publisher) {
        return designer.publish(draft, publisher);
    }

    public List<PolicyPublication> history() {
        return designer.history();
    }
}

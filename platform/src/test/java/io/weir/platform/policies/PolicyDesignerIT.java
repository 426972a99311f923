package io.weir.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.platform.WeirIntegrationTest;
import io.weir.platform.leads.Lead;
import io.weir.platform.leads.LeadManagement;
import io.weir.platform.leads.NewLead;
import io.weir.platform.shared.FieldViolation;
import io.weir.platform.shared.InvalidInput;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Publishing a policy: new leads take the new version, leads already received keep theirs. */
@WeirIntegrationTest
class PolicyDesignerIT {

    private static final AtomicInteger PHONES = new AtomicInteger(2000);

    @Autowired
    PolicyManagement policies;
    @Autowired
    LeadManagement leads;

    private PolicyDraft original;

    Lead websiteLead() {
        return leads.receive(new NewLead("官网表单", "策略测试客户", String.format("1360000%04d", PHONES.incrementAndGet()),
                null, "上海", null, null), null, "test").lead();
    }

    static PolicyDraft withTierAMinutes(PolicyDraft draft, int minutes) {
        List<TieringRule> rules = new ArrayList<>(draft.rules());
        TieringRule a = rules.get(0);
        rules.set(0, new TieringRule(a.sources(), a.tier(), a.goal(), minutes, a.recycleMinutes()));
        return new PolicyDraft(rules, draft.calendar());
    }

    @AfterEach
    void restoreThePolicyInForce() {
        if (original != null && !policies.changes(original).isEmpty()) {
            policies.publish(original, "test-cleanup");
        }
    }

    @Test
    void publishedVersionSetsTheDeadlineOfTheNextLeadWhileEarlierLeadsKeepTheirs() {
        original = policies.current();
        Lead before = websiteLead();
        int versionBefore = policies.currentVersion();

        PolicyPublication published = policies.publish(withTierAMinutes(original, 15), "manager.east");

        Lead after = websiteLead();
        assertThat(published.version()).isEqualTo(versionBefore + 1);
        assertThat(Duration.between(after.receivedAt(), after.responseDueAt())).isEqualTo(Duration.ofMinutes(15));
        assertThat(after.policyVersion()).isEqualTo(published.version());
        Lead earlier = leads.find(before.id()).orElseThrow();
        assertThat(Duration.between(earlier.receivedAt(), earlier.responseDueAt())).isEqualTo(Duration.ofMinutes(30));
        assertThat(earlier.policyVersion()).isEqualTo(versionBefore);
    }

    @Test
    void everyPublishIsRecordedWithWhoAndWhatChanged() {
        original = policies.current();

        policies.publish(withTierAMinutes(original, 20), "manager.south");

        PolicyPublication latest = policies.history().get(0);
        assertThat(latest.publishedBy()).isEqualTo("manager.south");
        assertThat(latest.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(RuleChange.Kind.CHANGED);
            assertThat(change.row()).isEqualTo(1);
            assertThat(change.before()).contains("30min");
            assertThat(change.after()).contains("20min");
        });
    }

    @Test
    void invalidDraftIsRefusedWithRowLevelReasonsAndChangesNothing() {
        original = policies.current();
        int versionBefore = policies.currentVersion();
        PolicyDraft broken = withTierAMinutes(original, 0);

        assertThatThrownBy(() -> policies.publish(broken, "manager.east"))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.violations())
                        .extracting(FieldViolation::field).containsExactly("rules[1].responseMinutes"));
        assertThat(policies.currentVersion()).isEqualTo(versionBefore);
    }

    @Test
    void unchangedDraftIsNotANewVersion() {
        original = policies.current();

        assertThatThrownBy(() -> policies.publish(policies.current(), "manager.east"))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.violations())
                        .extracting(FieldViolation::messageKey).containsExactly("policy.unchanged"));
    }
}

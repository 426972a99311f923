package io.weir.platform.policies.internal;

import io.weir.platform.policies.PolicyDraft;
import io.weir.platform.policies.RuleChange;
import io.weir.platform.policies.WorkingCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The version in force and the compiled decisions behind it. The first version is the rule pack shipped in
 * {@code rule-packs/}; the version in force is re-read every few seconds, so a publish on another node takes effect.
 */
@Component
public class PolicyStore {

    private static final Duration RECHECK = Duration.ofSeconds(5);

    private final PolicyVersions versions;
    private final DecisionEngine engine;
    private final Clock clock;
    private volatile PolicyVersions.StoredVersion current;
    private volatile Instant checkedAt = Instant.MIN;

    PolicyStore(PolicyVersions versions, DecisionEngine engine, Clock clock) {
        this.versions = versions;
        this.engine = engine;
        this.clock = clock;
    }

    PolicyVersions.StoredVersion current() {
        Instant now = Instant.now();
        PolicyVersions.StoredVersion known = current;
        if (known == null || now.isAfter(checkedAt.plus(RECHECK))) {
            known = versions.latest().orElseGet(this::installShippedVersion);
            engine.load(known.version(), known.dmnXml());
            current = known;
            checkedAt = now;
        }
        return known;
    }

    PolicyVersions.StoredVersion version(int version) {
        PolicyVersions.StoredVersion stored = versions.version(version)
                .orElseThrow(() -> new IllegalStateException("unknown policy version " + version));
        engine.load(stored.version(), stored.dmnXml());
        return stored;
    }

    PolicyDraft draft(PolicyVersions.StoredVersion stored) {
        return new PolicyDraft(TieringTableXml.read(stored.dmnXml()), stored.calendar());
    }

    int publish(PolicyDraft draft, String publisher, List<RuleChange> changes) {
        int next = current().version() + 1;
        String xml = TieringTableXml.write(draft.rules());
        versions.insert(next, xml, draft.calendar(), clock.instant(), publisher, changes);
        engine.load(next, xml);
        current = new PolicyVersions.StoredVersion(next, xml, draft.calendar());
        checkedAt = Instant.now();
        return next;
    }

    private synchronized PolicyVersions.StoredVersion installShippedVersion() {
        String xml = DecisionEngine.classpathText(DecisionEngine.DEFAULT_TIERING);
        try {
            versions.insert(1, xml, WorkingCalendar.aroundTheClock(), clock.instant(), "system", List.of());
        } catch (DuplicateKeyException installedMeanwhile) {
            // another node or thread installed it first
        }
        return versions.latest().orElseThrow();
    }
}

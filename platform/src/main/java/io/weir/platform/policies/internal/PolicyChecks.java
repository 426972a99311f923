package io.weir.platform.policies.internal;

import io.weir.platform.policies.PolicyDraft;
import io.weir.platform.policies.TieringRule;
import io.weir.platform.policies.WorkingCalendar;
import io.weir.platform.shared.Violations;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a policy must satisfy before it can be published; every problem names the row and field it is about. */
final class PolicyChecks {

    static final int MAX_RESPONSE_MINUTES = 7 * 24 * 60;
    static final int MAX_RECYCLE_MINUTES = 14 * 24 * 60;

    private PolicyChecks() {
    }

    static Violations check(PolicyDraft draft) {
        Violations violations = new Violations();
        List<TieringRule> rules = draft.rules();
        if (rules.isEmpty()) {
            return violations.add("rules", "policy.rules.empty");
        }
        Map<String, Integer> firstRowOfSource = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            TieringRule rule = rules.get(i);
            String row = "rules[" + (i + 1) + "]";
            if (rule.tier() == null || !rule.tier().matches("[A-Z]")) {
                violations.add(row + ".tier", "policy.tier.invalid", i + 1);
            }
            if (rule.goal() == null || rule.goal().isBlank() || rule.goal().length() > 20) {
                violations.add(row + ".goal", "policy.goal.invalid", i + 1);
            } else if (rule.goal().contains("\"")) {
                violations.add(row + ".goal", "policy.text.quote", i + 1);
            }
            if (rule.responseMinutes() < 1 || rule.responseMinutes() > MAX_RESPONSE_MINUTES) {
                violations.add(row + ".responseMinutes", "policy.minutes.range", i + 1, 1, MAX_RESPONSE_MINUTES);
            }
            if (rule.recycleMinutes() < 1 || rule.recycleMinutes() > MAX_RECYCLE_MINUTES) {
                violations.add(row + ".recycleMinutes", "policy.minutes.range", i + 1, 1, MAX_RECYCLE_MINUTES);
            }
            for (String source : rule.sources()) {
                if (source.isBlank() || source.contains("\"")) {
                    violations.add(row + ".sources", "policy.source.invalid", i + 1);
                } else if (firstRowOfSource.containsKey(source)) {
                    violations.add(row + ".sources", "policy.source.unreachable", i + 1, source,
                            firstRowOfSource.get(source));
                } else {
                    firstRowOfSource.put(source, i + 1);
                }
            }
            if (rule.matchesAnySource() && i < rules.size() - 1) {
                violations.add(row + ".sources", "policy.catch-all.not-last", i + 1);
            }
        }
        if (!rules.get(rules.size() - 1).matchesAnySource()) {
            violations.add("rules[" + rules.size() + "].sources", "policy.catch-all.missing");
        }
        checkCalendar(draft.calendar(), violations);
        return violations;
    }

    private static void checkCalendar(WorkingCalendar calendar, Violations violations) {
        if (calendar == null) {
            violations.add("calendar", "field.required");
            return;
        }
        if (calendar.mode() == WorkingCalendar.Mode.BUSINESS_HOURS) {
            if (calendar.opensAt() == null || calendar.closesAt() == null
                    || !calendar.opensAt().isBefore(calendar.closesAt())) {
                violations.add("calendar.closesAt", "policy.calendar.hours");
            }
            if (calendar.workdays().isEmpty() && calendar.extraWorkdays().isEmpty()) {
                violations.add("calendar.workdays", "policy.calendar.workdays");
            }
        }
    }
}

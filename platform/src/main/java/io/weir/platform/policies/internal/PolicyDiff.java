package io.weir.platform.policies.internal;

import io.weir.platform.policies.PolicyDraft;
import io.weir.platform.policies.RuleChange;
import io.weir.platform.policies.TieringRule;
import io.weir.platform.policies.WorkingCalendar;
import java.util.ArrayList;
import java.util.List;

/** Which rows a draft changes against the version in force, row by row, so the designer can show them. */
final class PolicyDiff {

    private PolicyDiff() {
    }

    static List<RuleChange> between(PolicyDraft before, PolicyDraft after) {
        List<RuleChange> changes = new ArrayList<>();
        int rows = Math.max(before.rules().size(), after.rules().size());
        for (int i = 0; i < rows; i++) {
            TieringRule old = i < before.rules().size() ? before.rules().get(i) : null;
            TieringRule now = i < after.rules().size() ? after.rules().get(i) : null;
            if (old == null) {
                changes.add(new RuleChange(RuleChange.Kind.ADDED, i + 1, "", describe(now)));
            } else if (now == null) {
                changes.add(new RuleChange(RuleChange.Kind.REMOVED, i + 1, describe(old), ""));
            } else if (!old.equals(now)) {
                changes.add(new RuleChange(RuleChange.Kind.CHANGED, i + 1, describe(old), describe(now)));
            }
        }
        if (!before.calendar().equals(after.calendar())) {
            changes.add(new RuleChange(RuleChange.Kind.CALENDAR_CHANGED, 0, describe(before.calendar()),
                    describe(after.calendar())));
        }
        return changes;
    }

    static String describe(TieringRule rule) {
        String sources = rule.matchesAnySource() ? "*" : String.join("/", rule.sources());
        return sources + " → " + rule.tier() + " " + rule.goal() + " " + rule.responseMinutes() + "min, recycle "
                + rule.recycleMinutes() + "min";
    }

    static String describe(WorkingCalendar calendar) {
        if (calendar.mode() == WorkingCalendar.Mode.ALWAYS) {
            return "24x7";
        }
        return calendar.opensAt() + "-" + calendar.closesAt() + " " + calendar.workdays().size() + " days/week, "
                + calendar.holidays().size() + " holidays, " + calendar.extraWorkdays().size() + " make-up days";
    }
}

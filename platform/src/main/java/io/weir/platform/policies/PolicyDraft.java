package io.weir.platform.policies;

import java.util.List;

/** A lead-response policy as the designer edits it: the tier table and the calendar the clocks run on. */
public record PolicyDraft(List<TieringRule> rules, WorkingCalendar calendar) {

    public PolicyDraft {
        rules = List.copyOf(rules);
    }
}

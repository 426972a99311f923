package io.weir.platform.leads;

import java.util.Set;

/** Filters of the inbox: by status, tier, overdue only, and a free-text match on contact, company or phone. */
public record LeadQuery(Set<LeadStatus> statuses, Set<String> tiers, boolean overdueOnly, String text,
                        String assignee) {

    public LeadQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        tiers = tiers == null ? Set.of() : Set.copyOf(tiers);
    }

    public static LeadQuery openWork() {
        return new LeadQuery(Set.of(LeadStatus.OPEN), Set.of(), false, null, null);
    }
}

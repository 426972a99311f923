package io.weir.platform.leads;

import java.time.Instant;

/**
 * A lead that was worked before Weir took over (or demo history): who had it and, if answered, when and how. Its
 * outcome is already known, so it is stored closed and starts no clock.
 *
 * @param response {@code null} when nobody answered: the lead was marked overdue and recycled to the pool
 */
public record HistoricLead(NewLead lead, String assignee, FirstResponse response, Instant respondedAt) {

    public boolean answered() {
        return respondedAt != null;
    }
}

package io.weir.platform.leads;

import java.time.Instant;

/** A rep now owns a lead and its first-response clock runs until {@code responseDueAt}. */
public record LeadAssigned(String leadId, String assignee, String teamId, String tier, Instant responseDueAt,
                           int recycleMinutes, int policyVersion) {
}

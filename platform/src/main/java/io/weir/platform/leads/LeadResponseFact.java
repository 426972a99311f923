package io.weir.platform.leads;

import java.time.Instant;

/** The facts the response-health report counts, one per lead received in the period. */
public record LeadResponseFact(String leadId, String teamId, String assignee, String tier, Instant receivedAt,
                               Instant responseDueAt, Instant firstResponseAt, boolean overdue) {
}

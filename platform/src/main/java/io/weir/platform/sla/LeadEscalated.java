package io.weir.platform.sla;

import java.time.Instant;

/** A lead's first-response deadline passed without a response: it is marked red, its rep and supervisor are told. */
public record LeadEscalated(String leadId, String assignee, String teamId, String tier, Instant responseDueAt,
                            Instant escalatedAt) {
}

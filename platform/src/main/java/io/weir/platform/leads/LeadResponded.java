package io.weir.platform.leads;

import java.time.Instant;

/** The first response was recorded; the clock of the lead stops. */
public record LeadResponded(String leadId, String responder, Instant respondedAt) {
}

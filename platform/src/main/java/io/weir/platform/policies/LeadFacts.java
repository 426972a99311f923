package io.weir.platform.policies;

import java.time.Instant;

/** What the rule packs look at when they classify and route a lead. */
public record LeadFacts(String sourceChannel, String region, String productInterest, Instant receivedAt) {
}

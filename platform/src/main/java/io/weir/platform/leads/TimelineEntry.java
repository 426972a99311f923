package io.weir.platform.leads;

import java.time.Instant;

/** One thing that happened to a lead, in the order it happened. */
public record TimelineEntry(Instant occurredAt, String kind, String actor, String detail) {
}

package io.weir.platform.leads;

/** The outcome of an intake: the stored lead, and whether the idempotency key had already been used for it. */
public record ReceivedLead(Lead lead, boolean replayed) {
}

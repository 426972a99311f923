package io.weir.platform.leads;

import java.time.Instant;

/** A lead as it arrives by REST, form or import; {@code receivedAt} defaults to now. */
public record NewLead(String sourceChannel, String contactName, String phone, String company, String region,
                      String productInterest, Instant receivedAt) {
}

package io.weir.platform.leads;

import java.time.Duration;
import java.time.Instant;

/** A lead as reps and managers see it. {@code overdue} is the red mark set when its first-response deadline passed. */
public record Lead(String id, String sourceChannel, String contactName, String phone, String company, String region,
                   String productInterest, Instant receivedAt, String tier, String goal, int policyVersion,
                   Instant responseDueAt, int recycleMinutes, String teamId, String assignee, LeadStatus status,
                   boolean overdue, Instant firstResponseAt) {

    public Duration timeLeft(Instant now) {
        return Duration.between(now, responseDueAt);
    }

    public boolean awaitsResponse() {
        return status == LeadStatus.OPEN;
    }
}

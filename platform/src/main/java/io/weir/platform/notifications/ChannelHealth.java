package io.weir.platform.notifications;

import java.time.Instant;

/**
 * How a channel is doing, from its recent deliveries: GREEN when they went through, AMBER after a failure that may
 * pass (network, rate limit, vendor), RED when it keeps failing or failed in a way that will not pass by itself
 * (authentication, a request the vendor refuses). UNUSED when the channel is not configured.
 *
 * @param lastFailure the most recent failed attempt, with its class and the vendor's code, or {@code null}
 */
public record ChannelHealth(String channel, State state, int recentAttempts, int recentFailures,
                            Instant lastDeliveredAt, Instant lastFailedAt, DeliveryResult lastFailure) {

    public enum State { GREEN, AMBER, RED, UNUSED }
}

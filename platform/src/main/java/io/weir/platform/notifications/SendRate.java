package io.weir.platform.notifications;

import java.time.Duration;

/**
 * How fast a vendor lets a channel send: {@code messages} per {@code per}, counted per person or for the whole channel
 * (a group robot's webhook), and how long the vendor blocks the channel once it was exceeded anyway.
 */
public record SendRate(int messages, Duration per, boolean perRecipient, Duration penalty) {
}

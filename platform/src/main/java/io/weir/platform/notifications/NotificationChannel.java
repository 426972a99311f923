package io.weir.platform.notifications;

/**
 * One way of reaching people (in-app, e-mail; WeCom, DingTalk and SMS arrive with the alerts issue). A channel
 * delivers or reports why not; it never throws for a failed delivery.
 */
public interface NotificationChannel {

    String id();

    DeliveryResult deliver(Recipient recipient, Notification notification);

    /** Whether the channel can deliver at all right now (configured, server reachable). */
    boolean isHealthy();

    /** Whether the channel is set up to be used here; an unused channel skips every delivery. */
    default boolean isConfigured() {
        return true;
    }
}

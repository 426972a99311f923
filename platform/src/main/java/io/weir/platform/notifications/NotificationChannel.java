package io.weir.platform.notifications;

/**
 * One way of reaching people: in-app, e-mail, WeCom, DingTalk, SMS. A channel delivers or reports why not; it never
 * throws for a failed delivery.
 */
public interface NotificationChannel {

    String id();

    DeliveryResult deliver(Recipient recipient, Notification notification);

    /** Whether the channel is set up to be used here; an unused channel skips every delivery. */
    default boolean isConfigured() {
        return true;
    }

    /** The vendor's send rate limit Weir must keep, or {@code null} when there is none. */
    default SendRate sendRate() {
        return null;
    }
}

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

    /**
     * Checks, without sending anyone a message, that the vendor still accepts this channel's credentials; empty when
     * the vendor offers no such check. Only a failed probe counts for the channel's light.
     */
    default java.util.Optional<DeliveryResult> probe() {
        return java.util.Optional.empty();
    }

    /** The vendor APIs this adapter implements, with the documentation version each was built against. */
    default java.util.List<VendorContract> contracts() {
        return java.util.List.of();
    }

    /** The vendor's send rate limit Weir must keep, or {@code null} when there is none. */
    default SendRate sendRate() {
        return null;
    }
}

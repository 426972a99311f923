package io.weir.platform.notifications;

/** The outcome of one delivery attempt on one channel. */
public record DeliveryResult(String channel, boolean delivered, String detail) {

    public static DeliveryResult delivered(String channel) {
        return new DeliveryResult(channel, true, "");
    }

    public static DeliveryResult failed(String channel, String detail) {
        return new DeliveryResult(channel, false, detail);
    }

    public static DeliveryResult skipped(String channel, String reason) {
        return new DeliveryResult(channel, false, "skipped: " + reason);
    }
}

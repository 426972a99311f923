package io.weir.platform.notifications;

/**
 * The outcome of one delivery attempt on one channel. A failure carries its class and the vendor's own code and
 * message, so an operator reads "WeCom 40014 invalid access_token", not "send failed".
 */
public record DeliveryResult(String channel, boolean delivered, String detail, FailureClass failureClass,
                             String vendorCode) {

    public static DeliveryResult delivered(String channel) {
        return new DeliveryResult(channel, true, "", null, null);
    }

    public static DeliveryResult failed(String channel, String detail) {
        return new DeliveryResult(channel, false, detail, FailureClass.VENDOR, null);
    }

    public static DeliveryResult failed(String channel, FailureClass failureClass, String vendorCode, String detail) {
        return new DeliveryResult(channel, false, detail, failureClass, vendorCode);
    }

    public static DeliveryResult skipped(String channel, String reason) {
        return new DeliveryResult(channel, false, "skipped: " + reason, null, null);
    }

    public boolean skipped() {
        return !delivered && failureClass == null;
    }
}

package io.weir.platform.notifications;

/**
 * Why a delivery failed, as far as the vendor's answer tells. The class decides what happens next: network and vendor
 * failures are retried, rate limits wait, authentication and parameter failures are not retried (the same request
 * would fail again) but fall back to another channel and page an admin.
 */
public enum FailureClass {
    NETWORK(true),
    AUTHENTICATION(false),
    PARAMETER(false),
    RATE_LIMITED(true),
    VENDOR(true);

    private final boolean retryable;

    FailureClass(boolean retryable) {
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}

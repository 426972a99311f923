package io.weir.platform.shared;

/** A thing the caller named does not exist, or the caller may not see it (both answer 404, so nothing leaks). */
public class NotFound extends RuntimeException {

    private final String messageKey;

    public NotFound(String messageKey, String id) {
        super(messageKey + ": " + id);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}

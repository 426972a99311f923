package io.weir.platform.shared;

/** The request is valid but clashes with the current state (a lead already responded, a claim cap reached). */
public class Conflict extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public Conflict(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

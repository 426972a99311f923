package io.weir.platform.sla.internal;

/** The two deadlines of a lead, and the process message each one sends when it passes. */
enum ClockKind {
    RESPONSE("response-deadline-passed"),
    RECYCLE("recycle-deadline-passed");

    private final String message;

    ClockKind(String message) {
        this.message = message;
    }

    String message() {
        return message;
    }
}

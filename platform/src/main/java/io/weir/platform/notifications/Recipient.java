package io.weir.platform.notifications;

/** Where a person can be reached. */
public record Recipient(String username, String displayName, String email, String phone) {
}

package io.weir.platform.notifications;

/** A message for one person; {@code dedupKey} makes a repeated send (an event delivered twice) a no-op per channel. */
public record Notification(String recipient, String title, String body, String dedupKey) {
}

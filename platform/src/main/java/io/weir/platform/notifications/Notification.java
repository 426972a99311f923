package io.weir.platform.notifications;

/**
 * A message for one person; {@code dedupKey} makes a repeated send (an event delivered twice) a no-op per channel.
 *
 * @param link the page the message is about, as a path in Weir ({@code /leads/…}) until delivery makes it absolute;
 *             {@code null} when there is none
 */
public record Notification(String recipient, String title, String body, String dedupKey, String link) {

    public Notification(String recipient, String title, String body, String dedupKey) {
        this(recipient, title, body, dedupKey, null);
    }

    /** The same message pointing at {@code absoluteLink}. */
    public Notification withLink(String absoluteLink) {
        return new Notification(recipient, title, body, dedupKey, absoluteLink);
    }
}

package io.weir.platform.notifications;

import java.time.Instant;

/**
 * An entry under the bell.
 *
 * @param link the page in Weir the entry is about ({@code /leads/…}), or {@code null}
 */
public record InAppNotification(long id, String title, String body, Instant createdAt, boolean read, String link) {
}

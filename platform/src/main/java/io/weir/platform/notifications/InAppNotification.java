package io.weir.platform.notifications;

import java.time.Instant;

/** An entry under the bell. */
public record InAppNotification(long id, String title, String body, Instant createdAt, boolean read) {
}

package io.weir.platform.notifications.internal;

import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.InAppNotification;
import io.weir.platform.notifications.Notification;
import io.weir.platform.notifications.NotificationChannel;
import io.weir.platform.notifications.Recipient;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The in-app channel: notifications stored for the bell, one per dedup key and person. */
@Component
public class InAppInbox implements NotificationChannel {

    static final String ID = "in-app";

    private final JdbcClient jdbc;
    private final Clock clock;

    InAppInbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    /** Delivering to the bell is storing the entry; once stored, a repeat is a success that stores nothing. */
    @Override
    public DeliveryResult deliver(Recipient recipient, Notification notification) {
        store(notification);
        return DeliveryResult.delivered(ID);
    }

    /**
     * Stores the entry unless the person has one with this dedup key. No duplicate-key error: it would spoil the
     * caller's transaction on PostgreSQL.
     */
    void store(Notification notification) {
        jdbc.sql("INSERT INTO in_app_notification (recipient, title, body, created_at, dedup_key, link)"
                        + " SELECT ?, ?, ?, CAST(? AS TIMESTAMP WITH TIME ZONE), ?, ? FROM (VALUES (1)) AS one(x)"
                        + " WHERE NOT EXISTS (SELECT 1 FROM in_app_notification WHERE recipient = ? AND dedup_key = ?)")
                .params(notification.recipient(), notification.title(), notification.body(),
                        Timestamp.from(clock.instant()), notification.dedupKey(), notification.link(),
                        notification.recipient(), notification.dedupKey())
                .update();
    }

    public int unreadCount(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM in_app_notification WHERE recipient = ? AND read_at IS NULL")
                .param(username).query(Integer.class).single();
    }

    public List<InAppNotification> latest(String username, int limit) {
        return jdbc.sql("SELECT id, title, body, created_at, read_at, link FROM in_app_notification WHERE recipient = ?"
                        + " ORDER BY created_at DESC, id DESC LIMIT ?")
                .params(username, limit)
                .query((rs, n) -> new InAppNotification(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5) != null, rs.getString(6)))
                .list();
    }

    public void markAllRead(String username) {
        jdbc.sql("UPDATE in_app_notification SET read_at = ? WHERE recipient = ? AND read_at IS NULL")
                .params(Timestamp.from(clock.instant()), username).update();
    }
}

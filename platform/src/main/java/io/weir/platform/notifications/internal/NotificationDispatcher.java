package io.weir.platform.notifications.internal;

import io.weir.platform.identity.UserManagement;
import io.weir.platform.notifications.ChannelHealth;
import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.Notification;
import io.weir.platform.notifications.NotificationChannel;
import io.weir.platform.notifications.Recipient;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Hands a notification to every channel and logs each failure with its reason. The outbox comes with the alerts issue. */
@Component
public class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final List<NotificationChannel> channels;
    private final UserManagement users;
    private final ChannelHealthBoard health;

    NotificationDispatcher(List<NotificationChannel> channels, UserManagement users, ChannelHealthBoard health) {
        this.channels = channels;
        this.users = users;
        this.health = health;
    }

    public List<DeliveryResult> send(Notification notification) {
        Recipient recipient = users.user(notification.recipient())
                .map(user -> new Recipient(user.username(), user.displayName(), user.email(), user.phone()))
                .orElse(new Recipient(notification.recipient(), notification.recipient(), null, null));
        List<DeliveryResult> results = channels.stream().map(channel -> channel.deliver(recipient, notification)).toList();
        results.forEach(health::record);
        results.stream().filter(result -> !result.delivered() && !result.skipped())
                .forEach(result -> log.warn("notification {} to {} failed on {}: {} failure, vendor code {}: {}",
                        notification.dedupKey(), recipient.username(), result.channel(), result.failureClass(),
                        result.vendorCode(), result.detail()));
        return results;
    }

    List<NotificationChannel> channels() {
        return channels;
    }

    public List<ChannelHealth> health() {
        return channels.stream().map(channel -> health.health(channel.id(), channel.isConfigured())).toList();
    }
}

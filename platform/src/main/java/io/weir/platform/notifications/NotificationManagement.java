package io.weir.platform.notifications;

import io.weir.platform.notifications.internal.InAppInbox;
import io.weir.platform.notifications.internal.NotificationDispatcher;
import java.util.List;
import org.springframework.stereotype.Service;

/** Sends notifications through every channel and serves the bell. */
@Service
public class NotificationManagement {

    private final NotificationDispatcher dispatcher;
    private final InAppInbox inbox;

    NotificationManagement(NotificationDispatcher dispatcher, InAppInbox inbox) {
        this.dispatcher = dispatcher;
        this.inbox = inbox;
    }

    public List<DeliveryResult> send(Notification notification) {
        return dispatcher.send(notification);
    }

    /** Every channel's health from its recent deliveries, for the status light on every page. */
    public List<ChannelHealth> channelHealth() {
        return dispatcher.health();
    }

    public int unreadCount(String username) {
        return inbox.unreadCount(username);
    }

    public List<InAppNotification> latest(String username, int limit) {
        return inbox.latest(username, limit);
    }

    public void markAllRead(String username) {
        inbox.markAllRead(username);
    }
}

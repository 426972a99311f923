package io.weir.platform.notifications.internal;

import io.weir.platform.identity.Role;
import io.weir.platform.identity.UserManagement;
import io.weir.platform.identity.WeirUser;
import io.weir.platform.notifications.AlertTypes;
import io.weir.platform.notifications.ChannelHealth;
import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.Notification;
import io.weir.platform.notifications.NotificationChannel;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells every admin when a channel turns red or an alert could not be delivered at all: in the bell and on every other
 * configured channel at once, not along a chain, so the alarm never depends on the failing channel or on one mailbox.
 * Fewer than two channels (the bell and one more) is itself logged as an error: the alarm could then be missed.
 */
@Component
class AdminAlarm {

    private static final Logger log = LoggerFactory.getLogger(AdminAlarm.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final UserManagement users;
    private final ChannelDirectory channels;
    private final AlertRaising raising;
    private final Clock clock;

    AdminAlarm(UserManagement users, ChannelDirectory channels, AlertRaising raising, Clock clock) {
        this.users = users;
        this.channels = channels;
        this.raising = raising;
        this.clock = clock;
    }

    void channelTurnedRed(String channel, ChannelHealth health) {
        DeliveryResult failure = health.lastFailure();
        String why = failure == null ? "" : failure.failureClass() + " " + (failure.vendorCode() == null ? ""
                : failure.vendorCode() + " ") + failure.detail();
        String drill = failure == null ? null : FaultInjection.drillOf(failure);
        alarm(channel, (drill == null ? "" : "【演练】") + "通知渠道故障：" + channel,
                "渠道 " + channel + " 已变为红色（" + TIME.format(clock.instant()) + "）。最近一次失败：" + why
                        + "。告警已改由后备渠道发送，请检查该渠道的配置。",
                redAlarmKey(channel, drill == null ? Long.toString(clock.millis()) : "drill-" + drill));
    }

    static String redAlarmKey(String channel, String occasion) {
        return "channel-red:" + channel + ":" + occasion;
    }

    void undeliverable(AlertOutbox.PendingAlert alert) {
        alarm(null, "告警未能送达：" + alert.recipient(),
                "发给 " + alert.recipient() + " 的告警「" + alert.title() + "」在渠道 " + alert.chain()
                        + " 上均未送达，请直接联系此人。",
                "undeliverable:" + alert.id());
    }

    private void alarm(String failingChannel, String title, String body, String dedupKey) {
        List<String> others = channels.all().stream().map(NotificationChannel::id)
                .filter(id -> !id.equals(failingChannel) && !id.equals(InAppInbox.ID) && channels.usable(id))
                .toList();
        List<WeirUser> admins = users.users().stream().filter(user -> user.active() && user.role() == Role.ADMIN)
                .toList();
        if (others.isEmpty() || admins.isEmpty()) {
            log.error("admin alarm \"{}\" reaches {} admin(s) on the bell and {}: fewer than two channels or no admin,"
                    + " it could be missed", title, admins.size(), others);
        }
        for (WeirUser admin : admins) {
            Notification notification = new Notification(admin.username(), title, body, dedupKey, "/alerts");
            raising.raiseBellOnly(notification);
            others.forEach(channel -> raising.raiseOn(channel, AlertTypes.CHANNEL_ALARM, notification));
        }
    }
}

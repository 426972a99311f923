package io.weir.platform.notifications.internal;

import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.Notification;
import io.weir.platform.notifications.NotificationChannel;
import io.weir.platform.shared.NotFound;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Sends a test message on one channel now, to one person, and says what happened. It counts like any delivery for the
 * channel's light, so a channel repaired after turning red shows it at once.
 */
@Component
public class ChannelTestSend {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final ChannelDirectory channels;
    private final Recipients recipients;
    private final AdminAlarm alarm;
    private final Clock clock;

    ChannelTestSend(ChannelDirectory channels, Recipients recipients, AdminAlarm alarm, Clock clock) {
        this.channels = channels;
        this.recipients = recipients;
        this.alarm = alarm;
        this.clock = clock;
    }

    public DeliveryResult send(String channelId, String username) {
        NotificationChannel channel = channels.channel(channelId)
                .orElseThrow(() -> new NotFound("notifications.channel.not-found", channelId));
        Notification notification = new Notification(username, "Weir 测试消息",
                "这是一条来自 Weir 的测试消息（" + TIME.format(clock.instant()) + "），收到即表示渠道 " + channelId + " 可用。",
                "test-send:" + channelId + ":" + clock.millis());
        DeliveryResult result = channels.deliver(channel.id(), recipients.of(username), notification);
        if (channels.record(result)) {
            alarm.channelTurnedRed(channelId, channels.health(channelId));
        }
        return result;
    }
}

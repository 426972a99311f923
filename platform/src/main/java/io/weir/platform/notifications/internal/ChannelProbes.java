package io.weir.platform.notifications.internal;

import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.NotificationChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Probes every configured channel that the vendor lets Weir check without sending a message (WeCom: a fresh access
 * token; e-mail: an SMTP sign-in), every {@code weir.alerts.probe-interval} (5 minutes by default). A failed probe
 * counts for the channel's light like a failed delivery, so a revoked secret turns the channel red, and alarms the
 * admins, before an alert needs it. A passed probe does not count: it proves the credentials, not the message
 * contract, and must not turn a channel green whose deliveries fail.
 */
@Component
class ChannelProbes {

    private static final Logger log = LoggerFactory.getLogger(ChannelProbes.class);

    private final ChannelDirectory channels;
    private final AdminAlarm alarm;

    ChannelProbes(ChannelDirectory channels, AdminAlarm alarm) {
        this.channels = channels;
        this.alarm = alarm;
    }

    @Scheduled(fixedDelayString = "${weir.alerts.probe-interval:5m}", initialDelayString = "${weir.alerts.probe-interval:5m}")
    List<DeliveryResult> probeAll() {
        List<DeliveryResult> results = new ArrayList<>();
        for (NotificationChannel channel : channels.all()) {
            if (!channel.isConfigured()) {
                continue;
            }
            Optional<DeliveryResult> probed = channel.probe();
            probed.ifPresent(results::add);
            probed.filter(result -> !result.delivered()).ifPresent(failure -> {
                log.warn("probe of {} failed: {} failure, vendor code {}: {}", channel.id(), failure.failureClass(),
                        failure.vendorCode(), failure.detail());
                if (channels.record(failure)) {
                    alarm.channelTurnedRed(channel.id(), channels.health(channel.id()));
                }
            });
        }
        return results;
    }
}

package io.weir.platform.notifications.internal;

import io.weir.platform.notifications.ChannelHealth;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code /actuator/health/notificationChannels}: each channel's light, and DEGRADED while any channel is red. */
@Component("notificationChannels")
class NotificationChannelsHealth implements HealthIndicator {

    private final ChannelDirectory channels;

    NotificationChannelsHealth(ChannelDirectory channels) {
        this.channels = channels;
    }

    @Override
    public Health health() {
        Health.Builder builder = Health.up();
        boolean anyRed = false;
        for (ChannelHealth channel : channels.health()) {
            builder.withDetail(channel.channel(), channel.state().name());
            anyRed |= channel.state() == ChannelHealth.State.RED;
        }
        return anyRed ? builder.status("DEGRADED").build() : builder.build();
    }
}

package io.weir.platform.notifications.internal;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code /actuator/health/notificationChannels}: up while every channel can deliver. */
@Component("notificationChannels")
class NotificationChannelsHealth implements HealthIndicator {

    private final NotificationDispatcher dispatcher;

    NotificationChannelsHealth(NotificationDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public Health health() {
        Health.Builder builder = Health.up();
        boolean allHealthy = true;
        for (var channel : dispatcher.channels()) {
            builder.withDetail(channel.id(), channel.isHealthy() ? "UP" : "DOWN");
            allHealthy &= channel.isHealthy();
        }
        return allHealthy ? builder.build() : builder.status("DEGRADED").build();
    }
}

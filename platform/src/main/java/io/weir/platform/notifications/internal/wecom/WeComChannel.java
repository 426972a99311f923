package io.weir.platform.notifications.internal.wecom;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.Notification;
import io.weir.platform.notifications.NotificationChannel;
import io.weir.platform.notifications.Recipient;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * WeCom application messages. A person's WeCom UserID is their Weir username (the usual set-up: accounts synced from
 * the WeCom address book). A message that breaks the vendor's contract is refused before it is sent, with the reason.
 */
@Component
@EnableConfigurationProperties(WeComSettings.class)
class WeComChannel implements NotificationChannel {

    static final String ID = "wecom";

    private final WeComSettings settings;
    private final WeComClient client;
    private volatile boolean lastAttemptFailed;

    WeComChannel(WeComSettings settings, ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.client = new WeComClient(settings, json, clock);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public DeliveryResult deliver(Recipient recipient, Notification notification) {
        if (!settings.configured()) {
            return DeliveryResult.skipped(ID, "WeCom is not configured");
        }
        WeComTextMessage message = new WeComTextMessage(List.of(recipient.username()), settings.agentId(),
                notification.title() + "\n" + notification.body());
        List<String> violations = message.violations();
        if (!violations.isEmpty()) {
            lastAttemptFailed = true;
            return DeliveryResult.failed(ID, io.weir.platform.notifications.FailureClass.PARAMETER, "contract",
                    "refused before sending: " + String.join("; ", violations));
        }
        WeComClient.Outcome outcome = client.send(message);
        lastAttemptFailed = !outcome.ok();
        return outcome.ok() ? DeliveryResult.delivered(ID)
                : DeliveryResult.failed(ID, outcome.failureClass(), outcome.code(), outcome.message());
    }

    @Override
    public boolean isConfigured() {
        return settings.configured();
    }

    @Override
    public boolean isHealthy() {
        return !settings.configured() || !lastAttemptFailed;
    }
}

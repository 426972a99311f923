package io.weir.platform.notifications.internal.dingtalk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.FailureClass;
import io.weir.platform.notifications.Notification;
import io.weir.platform.notifications.NotificationChannel;
import io.weir.platform.notifications.Recipient;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * A DingTalk custom group robot in signed mode: the alert goes to the team's group and @-mentions the person by mobile.
 * The answer's {@code errcode} is read every time: HTTP 200 with a non-zero code is a failure.
 */
@Component
@EnableConfigurationProperties(DingTalkSettings.class)
class DingTalkChannel implements NotificationChannel {

    static final String ID = "dingtalk";

    private final DingTalkSettings settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http;
    private volatile boolean lastAttemptFailed;

    DingTalkChannel(DingTalkSettings settings, ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public DeliveryResult deliver(Recipient recipient, Notification notification) {
        if (!settings.configured()) {
            return DeliveryResult.skipped(ID, "DingTalk is not configured");
        }
        List<String> mentions = recipient.phone() == null || recipient.phone().isBlank() ? List.of()
                : List.of(recipient.phone().replaceFirst("^\\+86", ""));
        DingTalkTextMessage message = new DingTalkTextMessage(notification.title() + "\n" + notification.body(), mentions);
        List<String> violations = message.violations();
        if (!violations.isEmpty()) {
            lastAttemptFailed = true;
            return DeliveryResult.failed(ID, FailureClass.PARAMETER, "contract",
                    "refused before sending: " + String.join("; ", violations));
        }
        DeliveryResult result = post(message);
        lastAttemptFailed = !result.delivered();
        return result;
    }

    private DeliveryResult post(DingTalkTextMessage message) {
        long timestamp = clock.millis();
        String query = "access_token=" + URLEncoder.encode(settings.accessToken(), StandardCharsets.UTF_8)
                + (settings.secret() == null || settings.secret().isBlank() ? ""
                : "&timestamp=" + timestamp + "&sign=" + DingTalkSignature.sign(timestamp, settings.secret()));
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(
                            settings.baseUrl().toString().replaceAll("/+$", "") + "/robot/send?" + query))
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(message.body()),
                            StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                FailureClass failure = response.statusCode() >= 500 ? FailureClass.VENDOR
                        : response.statusCode() == 429 ? FailureClass.RATE_LIMITED : FailureClass.PARAMETER;
                return DeliveryResult.failed(ID, failure, "HTTP " + response.statusCode(), response.body());
            }
            JsonNode answer = json.readTree(response.body());
            int errcode = answer.path("errcode").asInt(-1);
            if (errcode != 0) {
                String errmsg = answer.path("errmsg").asText("");
                return DeliveryResult.failed(ID, DingTalkErrors.classify(errcode, errmsg), Integer.toString(errcode),
                        errmsg);
            }
            return DeliveryResult.delivered(ID);
        } catch (com.fasterxml.jackson.core.JsonProcessingException unreadable) {
            return DeliveryResult.failed(ID, FailureClass.VENDOR, null, "unreadable answer");
        } catch (IOException unreachable) {
            return DeliveryResult.failed(ID, FailureClass.NETWORK, null,
                    unreachable.getClass().getSimpleName() + ": " + unreachable.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return DeliveryResult.failed(ID, FailureClass.NETWORK, null, "interrupted");
        }
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

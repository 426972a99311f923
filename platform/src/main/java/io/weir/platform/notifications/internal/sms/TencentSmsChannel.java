package io.weir.platform.notifications.internal.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.FailureClass;
import io.weir.platform.notifications.Notification;
import io.weir.platform.notifications.NotificationChannel;
import io.weir.platform.notifications.Recipient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * SMS through Tencent Cloud SendSms (2021-01-11), signed with TC3-HMAC-SHA256. The call can succeed while the number
 * fails, so the per-number status in {@code SendStatusSet} decides, not the HTTP status.
 */
@Component
@EnableConfigurationProperties(TencentSmsSettings.class)
class TencentSmsChannel implements NotificationChannel {

    static final String ID = "sms-tencent";
    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private final TencentSmsSettings settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final PhoneRateLimit rateLimit;
    private final HttpClient http;
    private volatile boolean lastAttemptFailed;

    TencentSmsChannel(TencentSmsSettings settings, ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.rateLimit = new PhoneRateLimit(settings.perPhoneHourlyLimit(), clock);
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public DeliveryResult deliver(Recipient recipient, Notification notification) {
        if (!settings.configured()) {
            return DeliveryResult.skipped(ID, "Tencent Cloud SMS is not configured");
        }
        if (recipient.phone() == null || recipient.phone().isBlank()) {
            return DeliveryResult.skipped(ID, "recipient has no phone number");
        }
        SmsAlert alert = SmsAlert.of(recipient, notification);
        List<String> violations = alert.violations("PhoneNumberSet", "TemplateParamSet");
        if (settings.sdkAppId() == null || settings.sdkAppId().isBlank()) {
            violations.add("SmsSdkAppId: the SMS application id is required");
        }
        if (settings.signName() == null || settings.signName().isBlank()) {
            violations.add("SignName: the approved signature is required");
        }
        if (settings.templateId() == null || !settings.templateId().matches("\\d+")) {
            violations.add("TemplateId: an approved numeric template id is required");
        }
        if (!violations.isEmpty()) {
            lastAttemptFailed = true;
            return DeliveryResult.failed(ID, FailureClass.PARAMETER, "contract",
                    "refused before sending: " + String.join("; ", violations));
        }
        if (!rateLimit.tryAcquire(alert.mobile())) {
            return DeliveryResult.failed(ID, FailureClass.RATE_LIMITED, "per-phone-limit",
                    "more than " + settings.perPhoneHourlyLimit() + " messages to " + alert.mobile() + " within an hour");
        }
        DeliveryResult result = send(alert);
        lastAttemptFailed = !result.delivered();
        return result;
    }

    private DeliveryResult send(SmsAlert alert) {
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("PhoneNumberSet", List.of("+86" + alert.mobile()));
            body.put("SmsSdkAppId", settings.sdkAppId());
            body.put("SignName", settings.signName());
            body.put("TemplateId", settings.templateId());
            body.put("TemplateParamSet", List.of(alert.title(), alert.leadReference()));
            String payload = json.writeValueAsString(body);
            URI uri = URI.create(settings.endpoint().toString().replaceAll("/+$", "") + "/");
            String host = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            Instant now = clock.instant();
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                    .header("Content-Type", CONTENT_TYPE)
                    .header("Authorization", Tc3Signature.authorization(settings.secretId(),
                            settings.secretKey() == null ? "" : settings.secretKey(), "sms", host, CONTENT_TYPE,
                            payload, now))
                    .header("X-TC-Action", "SendSms")
                    .header("X-TC-Version", "2021-01-11")
                    .header("X-TC-Timestamp", Long.toString(now.getEpochSecond()))
                    .header("X-TC-Region", settings.region())
                    .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                return DeliveryResult.failed(ID, response.statusCode() >= 500 ? FailureClass.VENDOR
                        : FailureClass.PARAMETER, "HTTP " + response.statusCode(), response.body());
            }
            JsonNode answer = json.readTree(response.body()).path("Response");
            JsonNode error = answer.path("Error");
            if (!error.isMissingNode()) {
                String code = error.path("Code").asText(null);
                return DeliveryResult.failed(ID, TencentSmsErrors.classify(code), code, error.path("Message").asText(""));
            }
            JsonNode status = answer.path("SendStatusSet").path(0);
            String code = status.path("Code").asText(null);
            if ("Ok".equals(code)) {
                return DeliveryResult.delivered(ID);
            }
            return DeliveryResult.failed(ID, TencentSmsErrors.classify(code), code, status.path("Message").asText(""));
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

package io.weir.platform.notifications.internal.sms;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * SMS through Aliyun SendSms, template-based: the approved template gets {@code title} and {@code lead} (the SMS carries
 * no free text, as Chinese carriers require). Capped per phone and hour; the answer's {@code Code} is read every time.
 */
@Component
@EnableConfigurationProperties(AliyunSmsSettings.class)
class AliyunSmsChannel implements NotificationChannel {

    static final String ID = "sms-aliyun";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final AliyunSmsSettings settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final PhoneRateLimit rateLimit;
    private final HttpClient http;
    private volatile boolean lastAttemptFailed;

    AliyunSmsChannel(AliyunSmsSettings settings, ObjectMapper json, Clock clock) {
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
            return DeliveryResult.skipped(ID, "Aliyun SMS is not configured");
        }
        if (recipient.phone() == null || recipient.phone().isBlank()) {
            return DeliveryResult.skipped(ID, "recipient has no phone number");
        }
        SmsAlert alert = SmsAlert.of(recipient, notification);
        String phone = alert.mobile();
        Map<String, String> templateParams = new LinkedHashMap<>();
        templateParams.put("title", alert.title());
        templateParams.put("lead", alert.leadReference());
        List<String> violations = alert.violations("PhoneNumbers", "TemplateParam");
        if (settings.signName() == null || settings.signName().isBlank()) {
            violations.add("SignName: the approved signature is required");
        }
        if (settings.templateCode() == null || !settings.templateCode().startsWith("SMS_")) {
            violations.add("TemplateCode: an approved template code (SMS_…) is required");
        }
        if (!violations.isEmpty()) {
            lastAttemptFailed = true;
            return DeliveryResult.failed(ID, FailureClass.PARAMETER, "contract",
                    "refused before sending: " + String.join("; ", violations));
        }
        if (!rateLimit.tryAcquire(phone)) {
            return DeliveryResult.failed(ID, FailureClass.RATE_LIMITED, "per-phone-limit",
                    "more than " + settings.perPhoneHourlyLimit() + " messages to " + phone + " within an hour");
        }
        DeliveryResult result = send(phone, templateParams);
        lastAttemptFailed = !result.delivered();
        return result;
    }

    private DeliveryResult send(String phone, Map<String, String> templateParams) {
        try {
            SortedMap<String, String> parameters = new TreeMap<>();
            parameters.put("AccessKeyId", settings.accessKeyId());
            parameters.put("Action", "SendSms");
            parameters.put("Format", "JSON");
            parameters.put("PhoneNumbers", phone);
            parameters.put("RegionId", "cn-hangzhou");
            parameters.put("SignName", settings.signName());
            parameters.put("SignatureMethod", "HMAC-SHA1");
            parameters.put("SignatureNonce", UUID.randomUUID().toString());
            parameters.put("SignatureVersion", "1.0");
            parameters.put("TemplateCode", settings.templateCode());
            parameters.put("TemplateParam", json.writeValueAsString(templateParams));
            parameters.put("Timestamp", TIMESTAMP.format(clock.instant()));
            parameters.put("Version", "2017-05-25");
            String signature = AliyunRpcSignature.sign("GET", parameters, settings.accessKeySecret() == null ? ""
                    : settings.accessKeySecret());
            URI uri = URI.create(settings.endpoint().toString().replaceAll("/+$", "") + "/?Signature="
                    + AliyunRpcSignature.percentEncode(signature) + "&" + AliyunRpcSignature.canonicalQuery(parameters));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(settings.timeout()).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode answer = readOrNull(response.body());
            String code = answer == null ? null : answer.path("Code").asText(null);
            if (response.statusCode() == 200 && "OK".equals(code)) {
                return DeliveryResult.delivered(ID);
            }
            String message = answer == null ? response.body() : answer.path("Message").asText("");
            FailureClass failure = code != null ? AliyunSmsErrors.classify(code)
                    : response.statusCode() >= 500 ? FailureClass.VENDOR : FailureClass.PARAMETER;
            return DeliveryResult.failed(ID, failure, code != null ? code : "HTTP " + response.statusCode(), message);
        } catch (JsonProcessingException impossible) {
            return DeliveryResult.failed(ID, FailureClass.PARAMETER, "contract", "template parameters not serialisable");
        } catch (IOException unreachable) {
            return DeliveryResult.failed(ID, FailureClass.NETWORK, null,
                    unreachable.getClass().getSimpleName() + ": " + unreachable.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return DeliveryResult.failed(ID, FailureClass.NETWORK, null, "interrupted");
        }
    }

    private JsonNode readOrNull(String body) {
        try {
            return json.readTree(body);
        } catch (IOException notJson) {
            return null;
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

package io.weir.platform.notifications.internal.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.VendorContract;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
class TencentSmsChannel extends SmsChannel {

    static final String ID = "sms-tencent";
    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private final TencentSmsSettings settings;
    private final Clock clock;

    TencentSmsChannel(TencentSmsSettings settings, ObjectMapper json, Clock clock) {
        super(ID, settings.timeout(), json, settings.perPhoneHourlyLimit(), clock);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected String phoneField() {
        return "PhoneNumberSet";
    }

    @Override
    protected String templateParamField() {
        return "TemplateParamSet";
    }

    @Override
    protected List<String> settingsViolations() {
        List<String> violations = new ArrayList<>();
        if (settings.sdkAppId() == null || settings.sdkAppId().isBlank()) {
            violations.add("SmsSdkAppId: the SMS application id is required");
        }
        if (settings.signName() == null || settings.signName().isBlank()) {
            violations.add("SignName: the approved signature is required");
        }
        if (settings.templateId() == null || !settings.templateId().matches("\\d+")) {
            violations.add("TemplateId: an approved numeric template id is required");
        }
        return violations;
    }

    @Override
    protected DeliveryResult sendSms(SmsAlert alert) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("PhoneNumberSet", List.of("+86" + alert.mobile()));
        body.put("SmsSdkAppId", settings.sdkAppId());
        body.put("SignName", settings.signName());
        body.put("TemplateId", settings.templateId());
        body.put("TemplateParamSet", List.of(alert.title(), alert.leadReference()));
        String payload = toJson(body);
        URI uri = URI.create(settings.endpoint().toString().replaceAll("/+$", "") + "/");
        String host = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        Instant now = clock.instant();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", CONTENT_TYPE)
                .header("Authorization", Tc3Signature.authorization(settings.secretId(),
                        settings.secretKey() == null ? "" : settings.secretKey(), "sms", host, CONTENT_TYPE,
                        payload, now))
                .header("X-TC-Action", "SendSms")
                .header("X-TC-Version", "2021-01-11")
                .header("X-TC-Timestamp", Long.toString(now.getEpochSecond()))
                .header("X-TC-Region", settings.region())
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
        return exchange(request, response -> {
            if (response.statusCode() != 200) {
                return failedWithStatus(response);
            }
            JsonNode answer = json.readTree(response.body()).path("Response");
            JsonNode error = answer.path("Error");
            if (!error.isMissingNode()) {
                String code = error.path("Code").asText(null);
                return failed(TencentSmsErrors.classify(code), code, error.path("Message").asText(""));
            }
            JsonNode status = answer.path("SendStatusSet").path(0);
            String code = status.path("Code").asText(null);
            return "Ok".equals(code) ? delivered()
                    : failed(TencentSmsErrors.classify(code), code, status.path("Message").asText(""));
        });
    }

    @Override
    public List<VendorContract> contracts() {
        return List.of(new VendorContract("SendSms (TC3-HMAC-SHA256)", "2021-01-11",
                "https://cloud.tencent.com/document/api/382/55981",
                List.of("PhoneNumberSet +86…", "SmsSdkAppId, SignName, numeric TemplateId", "TemplateParamSet [title, lead]",
                        "Response.Error, else SendStatusSet[0].Code Ok", "per-phone hourly cap")));
    }

    @Override
    public boolean isConfigured() {
        return settings.configured();
    }
}

package io.weir.platform.notifications.internal.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.VendorContract;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
class AliyunSmsChannel extends SmsChannel {

    static final String ID = "sms-aliyun";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final AliyunSmsSettings settings;
    private final Clock clock;

    AliyunSmsChannel(AliyunSmsSettings settings, ObjectMapper json, Clock clock) {
        super(ID, settings.timeout(), json, settings.perPhoneHourlyLimit(), clock);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected String phoneField() {
        return "PhoneNumbers";
    }

    @Override
    protected String templateParamField() {
        return "TemplateParam";
    }

    @Override
    protected List<String> settingsViolations() {
        List<String> violations = new ArrayList<>();
        if (settings.signName() == null || settings.signName().isBlank()) {
            violations.add("SignName: the approved signature is required");
        }
        if (settings.templateCode() == null || !settings.templateCode().startsWith("SMS_")) {
            violations.add("TemplateCode: an approved template code (SMS_…) is required");
        }
        return violations;
    }

    @Override
    protected DeliveryResult sendSms(SmsAlert alert) {
        Map<String, String> templateParams = new LinkedHashMap<>();
        templateParams.put("title", alert.title());
        templateParams.put("lead", alert.leadReference());
        return send(alert.mobile(), templateParams);
    }

    private DeliveryResult send(String phone, Map<String, String> templateParams) {
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
        parameters.put("TemplateParam", toJson(templateParams));
        parameters.put("Timestamp", TIMESTAMP.format(clock.instant()));
        parameters.put("Version", "2017-05-25");
        String signature = AliyunRpcSignature.sign("GET", parameters, settings.accessKeySecret() == null ? ""
                : settings.accessKeySecret());
        URI uri = URI.create(settings.endpoint().toString().replaceAll("/+$", "") + "/?Signature="
                + AliyunRpcSignature.percentEncode(signature) + "&" + AliyunRpcSignature.canonicalQuery(parameters));
        return exchange(HttpRequest.newBuilder(uri).GET(), response -> {
            JsonNode answer = readJsonOrNull(response.body());
            String code = answer == null ? null : answer.path("Code").asText(null);
            if (response.statusCode() == 200 && "OK".equals(code)) {
                return delivered();
            }
            if (code == null) {
                return failedWithStatus(response);
            }
            return failed(AliyunSmsErrors.classify(code), code, answer.path("Message").asText(""));
        });
    }

    @Override
    public List<VendorContract> contracts() {
        return List.of(new VendorContract("SendSms (RPC, HMAC-SHA1 signature 1.0)", "2017-05-25",
                "https://help.aliyun.com/zh/sms/developer-reference/api-dysmsapi-2017-05-25-sendsms",
                List.of("PhoneNumbers: 11-digit mainland mobile", "SignName, TemplateCode SMS_…",
                        "TemplateParam {title, lead}", "Code OK, else Code and Message", "per-phone hourly cap")));
    }

    @Override
    public boolean isConfigured() {
        return settings.configured();
    }
}

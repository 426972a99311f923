package io.weir.platform.notifications.internal.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.FailureClass;
import io.weir.platform.notifications.SandboxCheck;
import io.weir.platform.notifications.VendorContract;
import io.weir.platform.notifications.internal.SettingValues;
import io.weir.platform.shared.Violations;
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
import java.util.function.Function;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * SMS through Aliyun SendSms, template-based: the approved template gets {@code title} and {@code lead} (the SMS carries
 * no free text, as Chinese carriers require). Capped per phone and hour; the answer's {@code Code} is read every time.
 * Before edited settings are saved, GetSmsSign and GetSmsTemplate confirm that the signature and the template are
 * approved and that the template takes Weir's two parameters.
 */
@Component
@EnableConfigurationProperties(AliyunSmsSettings.class)
class AliyunSmsChannel extends SmsChannel<AliyunSmsSettings> {

    static final String ID = "sms-aliyun";
    static final String VERSION = "2017-05-25";
    /** GetSmsSign SignStatus and GetSmsTemplate TemplateStatus: approved. */
    static final String APPROVED = "1";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Clock clock;

    AliyunSmsChannel(AliyunSmsSettings settings, ObjectMapper json, Clock clock) {
        super(ID, settings, json, clock);
        this.clock = clock;
    }

    @Override
    protected int perPhoneHourlyLimit() {
        return settings().perPhoneHourlyLimit();
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
        if (settings().signName() == null || settings().signName().isBlank()) {
            violations.add("SignName: the approved signature is required");
        }
        if (settings().templateCode() == null || !settings().templateCode().startsWith("SMS_")) {
            violations.add("TemplateCode: an approved template code (SMS_…) is required");
        }
        return violations;
    }

    @Override
    protected DeliveryResult sendSms(SmsAlert alert) {
        Map<String, String> templateParams = new LinkedHashMap<>();
        templateParams.put("title", alert.title());
        templateParams.put("lead", alert.leadReference());
        AliyunSmsSettings current = settings();
        Map<String, String> parameters = new TreeMap<>();
        parameters.put("PhoneNumbers", alert.mobile());
        parameters.put("SignName", current.signName());
        parameters.put("TemplateCode", current.templateCode());
        parameters.put("TemplateParam", toJson(templateParams));
        return call(current, "SendSms", parameters, answer -> delivered());
    }

    /**
     * One RPC call with the documented signature (HMAC-SHA1, version 1.0); {@code onOk} reads an answer whose
     * {@code Code} is OK, any other code is a classified failure.
     */
    private DeliveryResult call(AliyunSmsSettings with, String action, Map<String, String> actionParameters,
                                Function<JsonNode, DeliveryResult> onOk) {
        SortedMap<String, String> parameters = new TreeMap<>(actionParameters);
        parameters.put("AccessKeyId", with.accessKeyId());
        parameters.put("Action", action);
        parameters.put("Format", "JSON");
        parameters.put("RegionId", "cn-hangzhou");
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureNonce", UUID.randomUUID().toString());
        parameters.put("SignatureVersion", "1.0");
        parameters.put("Timestamp", TIMESTAMP.format(clock.instant()));
        parameters.put("Version", VERSION);
        String signature = AliyunRpcSignature.sign("GET", parameters, with.accessKeySecret() == null ? ""
                : with.accessKeySecret());
        URI uri = URI.create(with.endpoint().toString().replaceAll("/+$", "") + "/?Signature="
                + AliyunRpcSignature.percentEncode(signature) + "&" + AliyunRpcSignature.canonicalQuery(parameters));
        return exchange(HttpRequest.newBuilder(uri).GET(), response -> {
            JsonNode answer = readJsonOrNull(response.body());
            String code = answer == null ? null : answer.path("Code").asText(null);
            if (response.statusCode() == 200 && "OK".equals(code)) {
                return onOk.apply(answer);
            }
            if (code == null) {
                return failedWithStatus(response);
            }
            return failed(AliyunSmsErrors.classify(code), code, answer.path("Message").asText(""));
        });
    }

    @Override
    public List<VendorContract> contracts() {
        return List.of(new VendorContract("SendSms (RPC, HMAC-SHA1 signature 1.0)", VERSION,
                        "https://help.aliyun.com/zh/sms/developer-reference/api-dysmsapi-2017-05-25-sendsms",
                        List.of("PhoneNumbers: 11-digit mainland mobile", "SignName, TemplateCode SMS_…",
                                "TemplateParam {title, lead}", "Code OK, else Code and Message", "per-phone hourly cap")),
                new VendorContract("GetSmsSign, GetSmsTemplate (sandbox check)", VERSION + "; page read 2026-12",
                        "https://help.aliyun.com/zh/sms/developer-reference/api-dysmsapi-2017-05-25-getsmstemplate",
                        List.of("SignStatus 1 (approved)", "TemplateStatus 1 (approved)",
                                "TemplateContent has ${title} and ${lead}")));
    }

    @Override
    public void validate(SettingValues values, Violations violations) {
        values.requirePattern("accessKeyId", "[A-Za-z0-9]{12,64}", "LTAI5t…", violations);
        values.requireText("accessKeySecret", violations);
        values.requireText("signName", violations);
        values.requirePattern("templateCode", "SMS_\\d{4,20}", "SMS_123456789", violations);
        values.requireNumber("perPhoneHourlyLimit", 1, 100, violations);
        values.requireUrl("endpoint", violations);
    }

    @Override
    public SandboxCheck sandboxCheck(SettingValues values) {
        AliyunSmsSettings candidate = settings().with(values);
        return new SandboxCheck(ID, List.of(
                query(candidate, "GetSmsSign", "signName", Map.of("SignName", candidate.signName()),
                        answer -> signStep(answer, candidate.signName())),
                query(candidate, "GetSmsTemplate", "templateCode", Map.of("TemplateCode", candidate.templateCode()),
                        answer -> templateStep(answer, candidate.templateCode()))));
    }

    /**
     * One read-only call as a check step: {@code judge} reads an answer whose Code is OK; a refused credential points
     * at the key, an unreachable host at the endpoint.
     */
    private SandboxCheck.Step query(AliyunSmsSettings with, String action, String field, Map<String, String> parameters,
                                    Function<JsonNode, SandboxCheck.Step> judge) {
        SandboxCheck.Step[] judged = new SandboxCheck.Step[1];
        DeliveryResult result = call(with, action, parameters, answer -> {
            judged[0] = judge.apply(answer);
            return delivered();
        });
        if (result.delivered()) {
            return judged[0];
        }
        String blamed = result.failureClass() == FailureClass.NETWORK ? "endpoint"
                : result.failureClass() == FailureClass.AUTHENTICATION
                ? (result.vendorCode() != null && result.vendorCode().startsWith("SignatureDoesNotMatch")
                ? "accessKeySecret" : "accessKeyId")
                : field;
        return SandboxCheck.Step.failed(action, blamed, result.failureClass(), result.vendorCode(), result.detail());
    }

    private static SandboxCheck.Step signStep(JsonNode answer, String signName) {
        String status = answer.path("SignStatus").asText();
        return APPROVED.equals(status)
                ? SandboxCheck.Step.passed("GetSmsSign", "signName", "notifications.check.sign-approved", signName)
                : SandboxCheck.Step.refused("GetSmsSign", "signName", FailureClass.PARAMETER, "SignStatus " + status,
                "notifications.check.sign-not-approved", signName, status);
    }

    private static SandboxCheck.Step templateStep(JsonNode answer, String templateCode) {
        String status = answer.path("TemplateStatus").asText();
        String content = answer.path("TemplateContent").asText("");
        if (!APPROVED.equals(status)) {
            return SandboxCheck.Step.refused("GetSmsTemplate", "templateCode", FailureClass.PARAMETER,
                    "TemplateStatus " + status, "notifications.check.template-not-approved", templateCode, status,
                    answer.path("Reason").asText(""));
        }
        if (!content.contains("${title}") || !content.contains("${lead}")) {
            return SandboxCheck.Step.refused("GetSmsTemplate", "templateCode", FailureClass.PARAMETER, "TemplateContent",
                    "notifications.check.aliyun-template-params", templateCode, content);
        }
        return SandboxCheck.Step.passed("GetSmsTemplate", "templateCode", "notifications.check.aliyun-template-fits",
                templateCode);
    }
}

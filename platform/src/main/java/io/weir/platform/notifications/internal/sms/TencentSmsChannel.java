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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * SMS through Tencent Cloud SendSms (2021-01-11), signed with TC3-HMAC-SHA256. The call can succeed while the number
 * fails, so the per-number status in {@code SendStatusSet} decides, not the HTTP status. Before edited settings are
 * saved, DescribeSmsTemplateList confirms the template is approved and takes Weir's two parameters.
 */
@Component
@EnableConfigurationProperties(TencentSmsSettings.class)
class TencentSmsChannel extends SmsChannel<TencentSmsSettings> {

    static final String ID = "sms-tencent";
    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    static final String VERSION = "2021-01-11";
    /** DescribeTemplateStatusSet StatusCode: approved. */
    static final int APPROVED = 0;
    static final String TEMPLATE_LIST = "DescribeSmsTemplateList";

    private final Clock clock;

    TencentSmsChannel(TencentSmsSettings settings, ObjectMapper json, Clock clock) {
        super(ID, settings, json, clock);
        this.clock = clock;
    }

    @Override
    protected int perPhoneHourlyLimit() {
        return settings().perPhoneHourlyLimit();
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
        if (settings().sdkAppId() == null || settings().sdkAppId().isBlank()) {
            violations.add("SmsSdkAppId: the SMS application id is required");
        }
        if (settings().signName() == null || settings().signName().isBlank()) {
            violations.add("SignName: the approved signature is required");
        }
        if (settings().templateId() == null || !settings().templateId().matches("\\d+")) {
            violations.add("TemplateId: an approved numeric template id is required");
        }
        return violations;
    }

    @Override
    protected DeliveryResult sendSms(SmsAlert alert) {
        TencentSmsSettings current = settings();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("PhoneNumberSet", List.of("+86" + alert.mobile()));
        body.put("SmsSdkAppId", current.sdkAppId());
        body.put("SignName", current.signName());
        body.put("TemplateId", current.templateId());
        body.put("TemplateParamSet", List.of(alert.title(), alert.leadReference()));
        return call(current, "SendSms", body, answer -> {
            JsonNode status = answer.path("SendStatusSet").path(0);
            String code = status.path("Code").asText(null);
            return "Ok".equals(code) ? delivered()
                    : failed(TencentSmsErrors.classify(code), code, status.path("Message").asText(""));
        });
    }

    /** One signed API 3.0 call; {@code onOk} reads a {@code Response} without {@code Error}. */
    private DeliveryResult call(TencentSmsSettings with, String action, Map<String, Object> body,
                                Function<JsonNode, DeliveryResult> onOk) {
        String payload = toJson(body);
        URI uri = URI.create(with.endpoint().toString().replaceAll("/+$", "") + "/");
        String host = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        Instant now = clock.instant();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", CONTENT_TYPE)
                .header("Authorization", Tc3Signature.authorization(with.secretId(),
                        with.secretKey() == null ? "" : with.secretKey(), "sms", host, CONTENT_TYPE, payload, now))
                .header("X-TC-Action", action)
                .header("X-TC-Version", VERSION)
                .header("X-TC-Timestamp", Long.toString(now.getEpochSecond()))
                .header("X-TC-Region", with.region())
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
            return onOk.apply(answer);
        });
    }

    @Override
    public List<VendorContract> contracts() {
        return List.of(new VendorContract("SendSms (TC3-HMAC-SHA256)", VERSION,
                        "https://cloud.tencent.com/document/api/382/55981",
                        List.of("PhoneNumberSet +86…", "SmsSdkAppId, SignName, numeric TemplateId",
                                "TemplateParamSet [title, lead]", "Response.Error, else SendStatusSet[0].Code Ok",
                                "per-phone hourly cap")),
                new VendorContract("DescribeSmsTemplateList (sandbox check)", VERSION,
                        "https://cloud.tencent.com/document/api/382/52067",
                        List.of("TemplateIdSet [id], International 0", "StatusCode 0 (approved)",
                                "TemplateContent has {1} and {2}")));
    }

    @Override
    public void validate(SettingValues values, Violations violations) {
        values.requirePattern("secretId", "AKID[A-Za-z0-9]{8,60}", "AKIDz8krbsJ5…", violations);
        values.requireText("secretKey", violations);
        values.requirePattern("sdkAppId", "14\\d{8}", "1400006666", violations);
        values.requireText("signName", violations);
        values.requirePattern("templateId", "\\d{1,12}", "449739", violations);
        values.requirePattern("region", "[a-z]{2}-[a-z]+", "ap-guangzhou", violations);
        values.requireNumber("perPhoneHourlyLimit", 1, 100, violations);
        values.requireUrl("endpoint", violations);
    }

    @Override
    public SandboxCheck sandboxCheck(SettingValues values) {
        TencentSmsSettings candidate = settings().with(values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("International", 0);
        body.put("TemplateIdSet", List.of(Long.parseLong(candidate.templateId())));
        SandboxCheck.Step[] judged = new SandboxCheck.Step[1];
        DeliveryResult answered = call(candidate, "DescribeSmsTemplateList", body, answer -> {
            judged[0] = templateStep(answer, candidate.templateId());
            return delivered();
        });
        if (answered.delivered()) {
            return new SandboxCheck(ID, List.of(judged[0]));
        }
        String blamed = answered.failureClass() == FailureClass.NETWORK ? "endpoint"
                : answered.failureClass() == FailureClass.AUTHENTICATION
                ? (answered.vendorCode() != null && answered.vendorCode().startsWith("AuthFailure.SignatureFailure")
                ? "secretKey" : "secretId")
                : "templateId";
        return new SandboxCheck(ID, List.of(SandboxCheck.Step.failed(TEMPLATE_LIST, blamed, answered.failureClass(),
                answered.vendorCode(), answered.detail())));
    }

    private static SandboxCheck.Step templateStep(JsonNode answer, String templateId) {
        JsonNode template = answer.path("DescribeTemplateStatusSet").path(0);
        if (template.isMissingNode()) {
            return SandboxCheck.Step.refused(TEMPLATE_LIST, "templateId", FailureClass.PARAMETER,
                    "DescribeTemplateStatusSet", "notifications.check.tencent-no-template", templateId);
        }
        int status = template.path("StatusCode").asInt(Integer.MIN_VALUE);
        String content = template.path("TemplateContent").asText("");
        if (status != APPROVED) {
            return SandboxCheck.Step.refused(TEMPLATE_LIST, "templateId", FailureClass.PARAMETER, "StatusCode " + status,
                    "notifications.check.template-not-approved", templateId, status,
                    template.path("ReviewReply").asText(""));
        }
        if (!content.contains("{1}") || !content.contains("{2}")) {
            return SandboxCheck.Step.refused(TEMPLATE_LIST, "templateId", FailureClass.PARAMETER, "TemplateContent",
                    "notifications.check.tencent-template-params", templateId, content);
        }
        return SandboxCheck.Step.passed(TEMPLATE_LIST, "templateId", "notifications.check.tencent-template-fits",
                templateId);
    }
}

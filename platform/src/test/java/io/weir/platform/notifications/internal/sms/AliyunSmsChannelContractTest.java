package io.weir.platform.notifications.internal.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.FailureClass;
import io.weir.platform.notifications.Notification;
import io.weir.platform.notifications.Recipient;
import io.weir.platform.notifications.SandboxCheck;
import io.weir.platform.notifications.internal.SettingValues;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Aliyun SendSms contract (RPC style, version 2017-05-25) against a local server checking the documented query. */
class AliyunSmsChannelContractTest {

    static final Recipient REP = new Recipient("rep.li", "李娜", null, "+8613800138001");
    static final Notification ALERT = new Notification("rep.li", "线索已超时：A级", "请立即跟进。",
            "escalated:3f2a9c1e-0000-4000-8000-000000000000");

    WireMockServer vendor;
    AliyunSmsChannel channel;

    @BeforeEach
    void startVendor() {
        vendor = new WireMockServer(wireMockConfig().dynamicPort());
        vendor.start();
        channel = channel(5);
    }

    AliyunSmsChannel channel(int perPhoneHourlyLimit) {
        return new AliyunSmsChannel(new AliyunSmsSettings(URI.create(vendor.baseUrl()), "LTAI-test", "key-secret",
                "筑坝提醒", "SMS_123456789", perPhoneHourlyLimit, Duration.ofSeconds(2)), new ObjectMapper(),
                Clock.fixed(Instant.parse("2026-12-04T06:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void stopVendor() {
        vendor.stop();
    }

    void answers(String body) {
        vendor.stubFor(get(urlPathEqualTo("/")).willReturn(okJson(body)));
    }

    @Test
    void sendsTheTemplateWithASignatureTheServerCanVerify() {
        answers("{\"Message\":\"OK\",\"RequestId\":\"F655A8D5\",\"BizId\":\"900619746936498440^0\",\"Code\":\"OK\"}");

        DeliveryResult result = channel.deliver(REP, ALERT);

        assertThat(result.delivered()).isTrue();
        vendor.verify(getRequestedFor(urlPathEqualTo("/"))
                .withQueryParam("Action", equalTo("SendSms"))
                .withQueryParam("Version", equalTo("2017-05-25"))
                .withQueryParam("PhoneNumbers", equalTo("13800138001"))
                .withQueryParam("SignName", equalTo("筑坝提醒"))
                .withQueryParam("TemplateCode", equalTo("SMS_123456789"))
                .withQueryParam("TemplateParam", equalToJson("{\"title\":\"线索已超时：A级\",\"lead\":\"3f2a9c1e\"}"))
                .withQueryParam("SignatureMethod", equalTo("HMAC-SHA1"))
                .withQueryParam("SignatureVersion", equalTo("1.0"))
                .withQueryParam("Timestamp", equalTo("2026-12-04T06:00:00Z")));
        assertSignedWithTheKeySecret(vendor.findAll(getRequestedFor(urlPathEqualTo("/"))).get(0));
    }

    /** The server recomputes the signature over every other query parameter, as Aliyun does. */
    static void assertSignedWithTheKeySecret(LoggedRequest request) {
        TreeMap<String, String> signed = new TreeMap<>();
        request.getQueryParams().forEach((name, value) -> {
            if (!name.equals("Signature")) {
                signed.put(name, value.firstValue());
            }
        });
        assertThat(request.queryParameter("Signature").firstValue())
                .isEqualTo(AliyunRpcSignature.sign("GET", signed, "key-secret"));
    }

    @Test
    void aMissingTemplateParameterAnsweredWithHttp200IsAParameterFailure() {
        answers("{\"Message\":\"模版缺少变量\",\"RequestId\":\"x\",\"Code\":\"isv.TEMPLATE_MISSING_PARAMETERS\"}");

        DeliveryResult result = channel.deliver(REP, ALERT);

        assertThat(result.failureClass()).isEqualTo(FailureClass.PARAMETER);
        assertThat(result.vendorCode()).isEqualTo("isv.TEMPLATE_MISSING_PARAMETERS");
        assertThat(result.detail()).isEqualTo("模版缺少变量");
    }

    @Test
    void aWrongAccessKeyIsAnAuthenticationFailure() {
        answers("{\"Message\":\"Specified access key is not found.\",\"Code\":\"InvalidAccessKeyId.NotFound\"}");

        assertThat(channel.deliver(REP, ALERT).failureClass()).isEqualTo(FailureClass.AUTHENTICATION);
    }

    @Test
    void theVendorsFlowControlIsRateLimited() {
        answers("{\"Message\":\"触发分钟级流控Permits:1\",\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\"}");

        assertThat(channel.deliver(REP, ALERT).failureClass()).isEqualTo(FailureClass.RATE_LIMITED);
    }

    @Test
    void weirsOwnPerPhoneCapHoldsBackTheMessageOverTheLimit() {
        answers("{\"Message\":\"OK\",\"Code\":\"OK\"}");
        AliyunSmsChannel capped = channel(2);

        capped.deliver(REP, ALERT);
        capped.deliver(REP, ALERT);
        DeliveryResult third = capped.deliver(REP, ALERT);

        assertThat(third.failureClass()).isEqualTo(FailureClass.RATE_LIMITED);
        assertThat(third.vendorCode()).isEqualTo("per-phone-limit");
        vendor.verify(2, getRequestedFor(urlPathEqualTo("/")));
    }

    @Test
    void aLandlineIsRefusedBeforeSending() {
        DeliveryResult result = channel.deliver(new Recipient("x", "X", null, "021-55556666"), ALERT);

        assertThat(result.failureClass()).isEqualTo(FailureClass.PARAMETER);
        assertThat(result.detail()).contains("PhoneNumbers");
        vendor.verify(0, getRequestedFor(urlPathEqualTo("/")));
    }

    @Test
    void theSandboxCheckReadsTheSignatureAndTheTemplateWithSignedRequestsAndSendsNothing() {
        vendor.stubFor(get(urlPathEqualTo("/")).withQueryParam("Action", equalTo("GetSmsSign"))
                .withQueryParam("SignName", equalTo("筑坝提醒"))
                .willReturn(okJson("{\"RequestId\":\"A1\",\"Code\":\"OK\",\"Message\":\"OK\",\"SignName\":\"筑坝提醒\","
                        + "\"SignStatus\":1,\"CreateDate\":\"2026-11-02 10:00:00\"}")));
        vendor.stubFor(get(urlPathEqualTo("/")).withQueryParam("Action", equalTo("GetSmsTemplate"))
                .withQueryParam("TemplateCode", equalTo("SMS_123456789"))
                .willReturn(okJson("{\"RequestId\":\"A2\",\"Code\":\"OK\",\"Message\":\"OK\",\"TemplateCode\":\"SMS_123456789\","
                        + "\"TemplateContent\":\"【筑坝】${title}，线索 ${lead}，请立即跟进。\",\"TemplateStatus\":\"1\","
                        + "\"TemplateType\":\"1\"}")));

        SandboxCheck check = channel.sandboxCheck(new SettingValues(channel.settingValues()));

        assertThat(check.passed()).as(check.toString()).isTrue();
        assertThat(check.steps()).extracting(SandboxCheck.Step::call).containsExactly("GetSmsSign", "GetSmsTemplate");
        for (LoggedRequest request : vendor.findAll(getRequestedFor(urlPathEqualTo("/")))) {
            assertThat(request.queryParameter("Action").firstValue()).isNotEqualTo("SendSms");
            assertSignedWithTheKeySecret(request);
        }
    }

    @Test
    void aTemplateWithoutWeirsParametersOrNotYetApprovedFailsTheCheckOnTheTemplateCode() {
        vendor.stubFor(get(urlPathEqualTo("/")).withQueryParam("Action", equalTo("GetSmsSign"))
                .willReturn(okJson("{\"Code\":\"OK\",\"Message\":\"OK\",\"SignName\":\"筑坝提醒\",\"SignStatus\":1}")));
        vendor.stubFor(get(urlPathEqualTo("/")).withQueryParam("Action", equalTo("GetSmsTemplate"))
                .willReturn(okJson("{\"Code\":\"OK\",\"Message\":\"OK\",\"TemplateCode\":\"SMS_123456789\","
                        + "\"TemplateContent\":\"您的验证码为 ${code}\",\"TemplateStatus\":\"1\"}")));

        SandboxCheck check = channel.sandboxCheck(new SettingValues(channel.settingValues()));

        assertThat(check.passed()).isFalse();
        SandboxCheck.Step template = check.steps().get(1);
        assertThat(template.field()).isEqualTo("templateCode");
        assertThat(template.reasonKey()).isEqualTo("notifications.check.aliyun-template-params");
        assertThat(template.reasonArgs()).last().asString().contains("${code}");
    }

    @Test
    void aRefusedAccessKeyFailsTheCheckOnTheKeyNotOnTheTemplate() {
        answers("{\"Message\":\"Specified signature is not matched with our calculation.\","
                + "\"Code\":\"SignatureDoesNotMatch\"}");

        SandboxCheck check = channel.sandboxCheck(new SettingValues(channel.settingValues()));

        assertThat(check.steps()).extracting(SandboxCheck.Step::field).containsOnly("accessKeySecret");
        assertThat(check.steps()).extracting(SandboxCheck.Step::failureClass).containsOnly(FailureClass.AUTHENTICATION);
    }
}

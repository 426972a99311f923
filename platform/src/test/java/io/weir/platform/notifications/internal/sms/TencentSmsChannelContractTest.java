package io.weir.platform.notifications.internal.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Tencent Cloud SendSms contract (2021-01-11, TC3-HMAC-SHA256) against a local server checking the request. */
class TencentSmsChannelContractTest {

    static final Instant NOW = Instant.parse("2026-12-04T06:00:00Z");
    static final Recipient REP = new Recipient("rep.li", "李娜", null, "+8613800138001");
    static final Notification ALERT = new Notification("rep.li", "线索已超时：A级", "请立即跟进。",
            "escalated:3f2a9c1e-0000-4000-8000-000000000000");

    WireMockServer vendor;
    TencentSmsChannel channel;

    @BeforeEach
    void startVendor() {
        vendor = new WireMockServer(wireMockConfig().dynamicPort());
        vendor.start();
        channel = new TencentSmsChannel(new TencentSmsSettings(URI.create(vendor.baseUrl()), "AKID-test", "secret-key",
                null, "1400000001", "筑坝提醒", "1234567", 5, Duration.ofSeconds(2)), new ObjectMapper(),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stopVendor() {
        vendor.stop();
    }

    void answers(String body) {
        vendor.stubFor(post(urlEqualTo("/")).willReturn(okJson(body)));
    }

    static final String SENT = """
            {"Response":{"SendStatusSet":[{"SerialNo":"5000:1045710669157053657849499619","PhoneNumber":"+8613800138001",
             "Fee":1,"SessionContext":"","Code":"Ok","Message":"send success","IsoCode":"CN"}],
             "RequestId":"a0aabda6-cf91-4f3e-a81f-9198114a2279"}}""";

    @Test
    void sendsTheDocumentedRequestSignedForTheHostItReaches() {
        answers(SENT);

        DeliveryResult result = channel.deliver(REP, ALERT);

        assertThat(result.delivered()).isTrue();
        vendor.verify(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-TC-Action", equalTo("SendSms"))
                .withHeader("X-TC-Version", equalTo("2021-01-11"))
                .withHeader("X-TC-Region", equalTo("ap-guangzhou"))
                .withHeader("X-TC-Timestamp", equalTo(Long.toString(NOW.getEpochSecond())))
                .withRequestBody(equalToJson("""
                        {"PhoneNumberSet":["+8613800138001"],"SmsSdkAppId":"1400000001","SignName":"筑坝提醒",
                         "TemplateId":"1234567","TemplateParamSet":["线索已超时：A级","3f2a9c1e"]}""")));
        LoggedRequest request = vendor.findAll(postRequestedFor(urlEqualTo("/"))).get(0);
        // the local server's Jetty reports the charset upper-cased; the bytes on the wire carry what was signed
        assertThat(request.getHeader("Content-Type")).isEqualToIgnoringCase(TencentSmsChannel.CONTENT_TYPE);
        assertThat(request.getHeader("Authorization")).isEqualTo(Tc3Signature.authorization("AKID-test", "secret-key",
                "sms", request.getHeader("Host"), TencentSmsChannel.CONTENT_TYPE, request.getBodyAsString(), NOW));
    }

    @Test
    void aFailedNumberInsideASuccessfulCallIsAFailure() {
        answers(SENT.replace("\"Code\":\"Ok\",\"Message\":\"send success\"",
                "\"Code\":\"LimitExceeded.PhoneNumberDailyLimit\",\"Message\":\"the number of sms messages sent from a single mobile number every day exceeds the upper limit\""));

        DeliveryResult result = channel.deliver(REP, ALERT);

        assertThat(result.delivered()).isFalse();
        assertThat(result.failureClass()).isEqualTo(FailureClass.RATE_LIMITED);
        assertThat(result.vendorCode()).isEqualTo("LimitExceeded.PhoneNumberDailyLimit");
    }

    @Test
    void aSignatureFailureIsAnAuthenticationFailure() {
        answers("{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureFailure\",\"Message\":\"The provided"
                + " credentials could not be validated.\"},\"RequestId\":\"x\"}}");

        DeliveryResult result = channel.deliver(REP, ALERT);

        assertThat(result.failureClass()).isEqualTo(FailureClass.AUTHENTICATION);
        assertThat(result.detail()).contains("could not be validated");
    }

    @Test
    void aTemplateMismatchIsAParameterFailure() {
        answers(SENT.replace("\"Code\":\"Ok\"", "\"Code\":\"InvalidParameterValue.TemplateParameterFormatError\""));

        assertThat(channel.deliver(REP, ALERT).failureClass()).isEqualTo(FailureClass.PARAMETER);
    }

    @Test
    void theSandboxCheckAsksForTheTemplateWithASignedRequestAndSendsNothing() {
        answers("""
                {"Response":{"DescribeTemplateStatusSet":[{"TemplateName":"SLA 告警","TemplateId":1234567,
                 "International":0,"ReviewReply":"","CreateTime":1733299200,
                 "TemplateContent":"{1}，线索 {2}，请立即跟进。","StatusCode":0}],
                 "RequestId":"b1"}}""");

        SandboxCheck check = channel.sandboxCheck(new SettingValues(channel.settingValues()));

        assertThat(check.passed()).as(check.toString()).isTrue();
        vendor.verify(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-TC-Action", equalTo("DescribeSmsTemplateList"))
                .withHeader("X-TC-Version", equalTo("2021-01-11"))
                .withRequestBody(equalToJson("{\"International\":0,\"TemplateIdSet\":[1234567]}")));
        LoggedRequest request = vendor.findAll(postRequestedFor(urlEqualTo("/"))).get(0);
        assertThat(request.getHeader("Authorization")).isEqualTo(Tc3Signature.authorization("AKID-test", "secret-key",
                "sms", request.getHeader("Host"), TencentSmsChannel.CONTENT_TYPE, request.getBodyAsString(), NOW));
    }

    @Test
    void aRejectedTemplateFailsTheCheckOnTheTemplateIdWithTheReviewersReply() {
        answers("""
                {"Response":{"DescribeTemplateStatusSet":[{"TemplateName":"SLA 告警","TemplateId":1234567,
                 "International":0,"ReviewReply":"变量内容不规范","CreateTime":1733299200,
                 "TemplateContent":"{1}，线索 {2}","StatusCode":-1}],"RequestId":"b2"}}""");

        SandboxCheck check = channel.sandboxCheck(new SettingValues(channel.settingValues()));

        assertThat(check.passed()).isFalse();
        assertThat(check.steps().get(0).field()).isEqualTo("templateId");
        assertThat(check.steps().get(0).reasonKey()).isEqualTo("notifications.check.template-not-approved");
        assertThat(check.steps().get(0).reasonArgs()).contains(-1, "变量内容不规范");
    }

    @Test
    void anUnknownSecretIdFailsTheCheckOnTheSecretId() {
        answers("""
                {"Response":{"Error":{"Code":"AuthFailure.SecretIdNotFound",
                 "Message":"The SecretId is not found, please ensure that your SecretId is correct."},"RequestId":"b3"}}""");

        SandboxCheck check = channel.sandboxCheck(new SettingValues(channel.settingValues()));

        assertThat(check.steps().get(0).field()).isEqualTo("secretId");
        assertThat(check.steps().get(0).vendorCode()).isEqualTo("AuthFailure.SecretIdNotFound");
    }
}

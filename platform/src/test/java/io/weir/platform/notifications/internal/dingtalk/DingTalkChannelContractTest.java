package io.weir.platform.notifications.internal.dingtalk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
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

/**
 * The DingTalk custom-robot contract (open.dingtalk.com, 自定义机器人发送群消息, signed mode) against a local server
 * that accepts only the documented request: token, millisecond timestamp and HmacSHA256 signature in the query.
 */
class DingTalkChannelContractTest {

    static final Instant NOW = Instant.ofEpochMilli(1_733_280_000_000L);
    static final String SECRET = "SEC0123456789abcdef";
    /** HmacSHA256("1733280000000\nSEC0123456789abcdef") in Base64, computed independently (Python hmac). */
    static final String EXPECTED_SIGN = "xx13eymCD+ZAi2qeot4QCLpMfn5O36mSYSDZXaFHuAk=";
    static final Recipient REP = new Recipient("rep.li", "李娜", null, "+8613800138001");
    static final Notification ALERT = new Notification("rep.li", "线索已超时：A级", "请立即跟进。", "escalated:lead-1");

    WireMockServer vendor;
    DingTalkChannel channel;

    @BeforeEach
    void startVendor() {
        vendor = new WireMockServer(wireMockConfig().dynamicPort());
        vendor.start();
        channel = new DingTalkChannel(new DingTalkSettings(URI.create(vendor.baseUrl()), "robot-token", SECRET,
                Duration.ofSeconds(2)), new ObjectMapper(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stopVendor() {
        vendor.stop();
    }

    void answers(String body) {
        vendor.stubFor(post(urlPathEqualTo("/robot/send")).willReturn(okJson(body)));
    }

    @Test
    void sendsASignedTextMessageThatMentionsThePersonByMobile() {
        answers("{\"errcode\":0,\"errmsg\":\"ok\"}");

        DeliveryResult result = channel.deliver(REP, ALERT);

        assertThat(result.delivered()).isTrue();
        vendor.verify(postRequestedFor(urlPathEqualTo("/robot/send"))
                .withQueryParam("access_token", equalTo("robot-token"))
                .withQueryParam("timestamp", equalTo("1733280000000"))
                .withQueryParam("sign", equalTo(EXPECTED_SIGN))
                .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8"))
                .withRequestBody(equalToJson("""
                        {"msgtype":"text","text":{"content":"线索已超时：A级\\n请立即跟进。 @13800138001"},
                         "at":{"atMobiles":["13800138001"],"isAtAll":false}}""")));
    }

    @Test
    void aSignatureMismatchAnsweredWithHttp200IsAnAuthenticationFailure() {
        answers("{\"errcode\":310000,\"errmsg\":\"sign not match, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]\"}");

        DeliveryResult result = channel.deliver(REP, ALERT);

        assertThat(result.delivered()).isFalse();
        assertThat(result.failureClass()).isEqualTo(FailureClass.AUTHENTICATION);
        assertThat(result.vendorCode()).isEqualTo("310000");
    }

    @Test
    void contentWithoutTheRobotsKeywordIsAParameterFailure() {
        answers("{\"errcode\":310000,\"errmsg\":\"keywords not in content\"}");

        assertThat(channel.deliver(REP, ALERT).failureClass()).isEqualTo(FailureClass.PARAMETER);
    }

    @Test
    void sendingTooFastIsRateLimited() {
        answers("{\"errcode\":410100,\"errmsg\":\"send too fast, exceed 20 times per minute\"}");

        assertThat(channel.deliver(REP, ALERT).failureClass()).isEqualTo(FailureClass.RATE_LIMITED);
    }

    @Test
    void aServerErrorIsTheVendors() {
        vendor.stubFor(post(urlPathEqualTo("/robot/send")).willReturn(aResponse().withStatus(503)));

        assertThat(channel.deliver(REP, ALERT).failureClass()).isEqualTo(FailureClass.VENDOR);
    }

    @Test
    void aMobileThatCannotBeMentionedIsRefusedBeforeSending() {
        DeliveryResult result = channel.deliver(new Recipient("rep.x", "X", null, "021-5555"), ALERT);

        assertThat(result.failureClass()).isEqualTo(FailureClass.PARAMETER);
        assertThat(result.detail()).contains("atMobiles");
        vendor.verify(0, postRequestedFor(urlPathEqualTo("/robot/send")));
    }

    @Test
    void theSandboxCheckHoldsTheSignedWebhookToTheRecordedContractAndSendsNothing() {
        SandboxCheck check = channel.sandboxCheck(new SettingValues(channel.settingValues()));

        assertThat(check.passed()).as(check.toString()).isTrue();
        assertThat(check.steps()).extracting(SandboxCheck.Step::call)
                .containsExactly("POST /robot/send (recorded contract)", "HEAD " + vendor.baseUrl());
        vendor.verify(0, postRequestedFor(urlPathEqualTo("/robot/send")));
    }

    @Test
    void aSecretFromTheKeywordModeOrAnUnreachableHostFailsTheCheck() {
        java.util.Map<String, String> edited = new java.util.HashMap<>(channel.settingValues());
        edited.put("secret", "0123456789abcdef0123");
        edited.put("baseUrl", "http://127.0.0.1:1");

        SandboxCheck check = channel.sandboxCheck(new SettingValues(edited));

        assertThat(check.steps()).extracting(SandboxCheck.Step::passed).containsExactly(false, false);
        assertThat(check.steps().get(0).reasonArgs()).singleElement().asString().contains("starts with SEC");
        assertThat(check.steps().get(1).field()).isEqualTo("baseUrl");
        assertThat(check.steps().get(1).failureClass()).isEqualTo(FailureClass.NETWORK);
    }

    @Test
    void anAlertAboutAPageGoesAsMarkdownWithTheLinkAndTheMention() {
        answers("{\"errcode\":0,\"errmsg\":\"ok\"}");

        DeliveryResult result = channel.deliver(REP, ALERT.withLink("https://weir.example.cn/leads/lead-1"));

        assertThat(result.delivered()).isTrue();
        vendor.verify(postRequestedFor(urlPathEqualTo("/robot/send"))
                .withRequestBody(equalToJson("""
                        {"msgtype":"markdown","markdown":{"title":"线索已超时：A级",
                         "text":"#### 线索已超时：A级\\n\\n请立即跟进。\\n\\n[查看详情](https://weir.example.cn/leads/lead-1)\\n\\n@13800138001"},
                         "at":{"atMobiles":["13800138001"],"isAtAll":false}}""")));
    }
}

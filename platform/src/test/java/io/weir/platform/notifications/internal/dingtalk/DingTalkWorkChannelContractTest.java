package io.weir.platform.notifications.internal.dingtalk;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.FailureClass;
import io.weir.platform.notifications.Notification;
import io.weir.platform.notifications.Recipient;
import io.weir.platform.notifications.SandboxCheck;
import io.weir.platform.notifications.internal.SettingValues;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The DingTalk work-notification contract (open.dingtalk.com, 获取企业内部应用的access_token and 发送工作通知) against a
 * local server that accepts only the documented requests and answers with the vendor's documented bodies, including
 * HTTP 200 with an error code.
 */
class DingTalkWorkChannelContractTest {

    static final String TOKEN_PATH = "/gettoken";
    static final String SEND_PATH = "/topapi/message/corpconversation/asyncsend_v2";
    static final Recipient REP = new Recipient("rep.li", "李娜", null, "+8613800138001", "rep.li", "manager4220");
    static final Notification ALERT = new Notification("rep.li", "线索已超时：A级", "请立即跟进。", "escalated:lead-1");
    static final String ACCEPTED = "{\"errcode\":0,\"task_id\":256271667526,\"request_id\":\"4jzllmte0wau\"}";

    WireMockServer vendor;
    DingTalkWorkChannel channel;

    @BeforeEach
    void startVendor() {
        vendor = new WireMockServer(wireMockConfig().dynamicPort());
        vendor.start();
        channel = new DingTalkWorkChannel(new DingTalkWorkSettings(URI.create(vendor.baseUrl()), "dingweirapp0001",
                "app-secret", 2_845_963_912L, Duration.ofSeconds(2)), new ObjectMapper(), Clock.systemUTC());
        vendor.stubFor(get(urlPathEqualTo(TOKEN_PATH)).withQueryParam("appkey", equalTo("dingweirapp0001"))
                .withQueryParam("appsecret", equalTo("app-secret"))
                .willReturn(okJson("{\"errcode\":0,\"access_token\":\"DT-TOKEN\",\"errmsg\":\"ok\",\"expires_in\":7200}")));
    }

    @AfterEach
    void stopVendor() {
        vendor.stop();
    }

    void sendAnswers(String body) {
        vendor.stubFor(post(urlPathEqualTo(SEND_PATH)).withQueryParam("access_token", equalTo("DT-TOKEN"))
                .willReturn(okJson(body)));
    }

    @Test
    void sendsTheDocumentedTextNoticeToThePersonsUserid() {
        sendAnswers(ACCEPTED);

        DeliveryResult result = channel.deliver(REP, ALERT);

        assertThat(result.delivered()).isTrue();
        vendor.verify(postRequestedFor(urlPathEqualTo(SEND_PATH)).withQueryParam("access_token", equalTo("DT-TOKEN"))
                .withRequestBody(equalToJson("""
                        {"agent_id":2845963912,"userid_list":"manager4220",
                         "msg":{"msgtype":"text","text":{"content":"线索已超时：A级\\n请立即跟进。"}}}""")));
    }

    @Test
    void anAlertAboutAPageGoesAsAnActionCardThatOpensIt() {
        sendAnswers(ACCEPTED);

        channel.deliver(REP, ALERT.withLink("https://weir.example.cn/leads/lead-1"));

        vendor.verify(postRequestedFor(urlPathEqualTo(SEND_PATH)).withRequestBody(equalToJson("""
                {"agent_id":2845963912,"userid_list":"manager4220",
                 "msg":{"msgtype":"action_card","action_card":{"title":"线索已超时：A级",
                  "markdown":"#### 线索已超时：A级\\n\\n请立即跟进。","single_title":"查看详情",
                  "single_url":"https://weir.example.cn/leads/lead-1"}}}""")));
    }

    @Test
    void anExpiredTokenIsFetchedAgainAndTheNoticeSentOnce() {
        vendor.stubFor(post(urlPathEqualTo(SEND_PATH)).inScenario("token").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"errcode\":42001,\"errmsg\":\"access_token超时\"}"))
                .willSetStateTo("renewed"));
        vendor.stubFor(post(urlPathEqualTo(SEND_PATH)).inScenario("token").whenScenarioStateIs("renewed")
                .willReturn(okJson(ACCEPTED)));

        assertThat(channel.deliver(REP, ALERT).delivered()).isTrue();
        vendor.verify(2, getRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    }

    @Test
    void anUnknownUseridOnHttp200IsAParameterFailureWithTheVendorsCode() {
        sendAnswers("{\"errcode\":33012,\"errmsg\":\"无效的USERID\"}");

        DeliveryResult result = channel.deliver(REP, ALERT);

        assertThat(result.failureClass()).isEqualTo(FailureClass.PARAMETER);
        assertThat(result.vendorCode()).isEqualTo("33012");
        assertThat(result.detail()).isEqualTo("无效的USERID");
    }

    @Test
    void theSandboxCheckAsksForATokenAndARefusedSecretFailsOnTheSecret() {
        assertThat(channel.sandboxCheck(new SettingValues(channel.settingValues())).passed()).isTrue();
        vendor.stubFor(get(urlPathEqualTo(TOKEN_PATH)).withQueryParam("appsecret", equalTo("revoked"))
                .willReturn(okJson("{\"errcode\":40089,\"errmsg\":\"不合法的corpid或corpsecret\"}")));
        java.util.Map<String, String> edited = new java.util.HashMap<>(channel.settingValues());
        edited.put("appSecret", "revoked");

        SandboxCheck check = channel.sandboxCheck(new SettingValues(edited));

        assertThat(check.steps()).singleElement().satisfies(step -> {
            assertThat(step.field()).isEqualTo("appSecret");
            assertThat(step.failureClass()).isEqualTo(FailureClass.AUTHENTICATION);
            assertThat(step.vendorCode()).isEqualTo("40089");
        });
        vendor.verify(0, postRequestedFor(urlPathEqualTo(SEND_PATH)));
    }
}

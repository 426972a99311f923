package io.weir.platform.notifications.internal.wecom;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The WeCom application-message contract (developer.work.weixin.qq.com, 获取access_token and 发送应用消息) against a
 * local server that accepts only the documented request and answers with the vendor's documented bodies, including
 * HTTP 200 with an error code.
 */
class WeComChannelContractTest {

    static final String TOKEN_PATH = "/cgi-bin/gettoken";
    static final String SEND_PATH = "/cgi-bin/message/send";
    static final Recipient REP = new Recipient("rep.li", "李娜", "rep.li@weir.local", "13800138001");
    static final Notification ALERT = new Notification("rep.li", "线索已超时：A级", "请立即跟进。", "escalated:lead-1");

    WireMockServer vendor;
    WeComChannel channel;

    @BeforeEach
    void startVendor() {
        vendor = new WireMockServer(wireMockConfig().dynamicPort());
        vendor.start();
        channel = channelFor(URI.create(vendor.baseUrl()));
        tokenAnswers("TOKEN-1");
    }

    @AfterEach
    void stopVendor() {
        vendor.stop();
    }

    WeComChannel channelFor(URI baseUrl) {
        return new WeComChannel(new WeComSettings(baseUrl, "ww-corp", "s3cret", 1000002, Duration.ofSeconds(2)),
                new ObjectMapper(), Clock.systemUTC());
    }

    void tokenAnswers(String token) {
        vendor.stubFor(get(urlPathEqualTo(TOKEN_PATH)).withQueryParam("corpid", equalTo("ww-corp"))
                .withQueryParam("corpsecret", equalTo("s3cret"))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"" + token
                        + "\",\"expires_in\":7200}")));
    }

    void sendAnswers(String token, String body) {
        vendor.stubFor(post(urlPathEqualTo(SEND_PATH)).withQueryParam("access_token", equalTo(token))
                .willReturn(okJson(body)));
    }

    static final String OK = "{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"\",\"invalidparty\":\"\","
            + "\"invalidtag\":\"\",\"unlicenseduser\":\"\",\"msgid\":\"xx\",\"response_code\":\"xyz\"}";

    @Nested
    class Delivering {

        @Test
        void sendsTheDocumentedRequestWithTheTokenItFetched() {
            sendAnswers("TOKEN-1", OK);

            DeliveryResult result = channel.deliver(REP, ALERT);

            assertThat(result.delivered()).isTrue();
            vendor.verify(postRequestedFor(urlPathEqualTo(SEND_PATH))
                    .withQueryParam("access_token", equalTo("TOKEN-1"))
                    .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8"))
                    .withRequestBody(equalToJson("""
                            {"touser":"rep.li","msgtype":"text","agentid":1000002,
                             "text":{"content":"线索已超时：A级\\n请立即跟进。"},"safe":0,
                             "enable_duplicate_check":1,"duplicate_check_interval":1800}""")));
        }

        @Test
        void anAlertAboutAPageGoesAsATextCardWhoseButtonOpensIt() {
            sendAnswers("TOKEN-1", OK);

            DeliveryResult result = channel.deliver(REP, ALERT.withLink("https://weir.example.cn/leads/lead-1"));

            assertThat(result.delivered()).isTrue();
            vendor.verify(postRequestedFor(urlPathEqualTo(SEND_PATH))
                    .withRequestBody(equalToJson("""
                            {"touser":"rep.li","msgtype":"textcard","agentid":1000002,
                             "textcard":{"title":"线索已超时：A级","description":"请立即跟进。",
                                         "url":"https://weir.example.cn/leads/lead-1","btntxt":"详情"},"safe":0,
                             "enable_duplicate_check":1,"duplicate_check_interval":1800}""")));
        }

        @Test
        void aCardTextOverTheVendorsLimitIsCutAtACharacterWithAMark() {
            String cut = WeComCardMessage.fit("线".repeat(300), WeComCardMessage.MAX_DESCRIPTION_BYTES);

            assertThat(cut).endsWith("…").startsWith("线线");
            assertThat(cut.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(WeComCardMessage.MAX_DESCRIPTION_BYTES);
            assertThat(WeComCardMessage.fit("短", 128)).isEqualTo("短");
        }

        @Test
        void theTokenIsFetchedOnceAndReused() {
            sendAnswers("TOKEN-1", OK);

            channel.deliver(REP, ALERT);
            channel.deliver(REP, ALERT);

            vendor.verify(1, getRequestedFor(urlPathEqualTo(TOKEN_PATH)));
            vendor.verify(2, postRequestedFor(urlPathEqualTo(SEND_PATH)));
        }

        @Test
        void anExpiredTokenIsFetchedAgainAndTheMessageSentOnce() {
            sendAnswers("TOKEN-1", "{\"errcode\":42001,\"errmsg\":\"access_token expired\"}");
            channel.deliver(REP, ALERT);
            vendor.resetAll();
            tokenAnswers("TOKEN-2");
            sendAnswers("TOKEN-1", "{\"errcode\":42001,\"errmsg\":\"access_token expired\"}");
            sendAnswers("TOKEN-2", OK);

            DeliveryResult result = channel.deliver(REP, ALERT);

            assertThat(result.delivered()).isTrue();
            vendor.verify(1, postRequestedFor(urlPathEqualTo(SEND_PATH)).withQueryParam("access_token",
                    equalTo("TOKEN-2")));
        }
    }

    @Nested
    class Classifying {

        @Test
        void http200WithAnErrorCodeIsAFailureCarryingTheVendorsCodeAndMessage() {
            sendAnswers("TOKEN-1", "{\"errcode\":60020,\"errmsg\":\"not allow to access from your ip\"}");

            DeliveryResult result = channel.deliver(REP, ALERT);

            assertThat(result.delivered()).isFalse();
            assertThat(result.failureClass()).isEqualTo(FailureClass.AUTHENTICATION);
            assertThat(result.vendorCode()).isEqualTo("60020");
            assertThat(result.detail()).contains("not allow to access from your ip");
        }

        @Test
        void aContractChangeThatRejectsTheOldRequestIsAParameterFailure() {
            vendor.stubFor(post(urlPathEqualTo(SEND_PATH)).willReturn(okJson(
                    "{\"errcode\":40058,\"errmsg\":\"invalid Request Parameter, hint: [missing field: new_param]\"}")));

            DeliveryResult result = channel.deliver(REP, ALERT);

            assertThat(result.failureClass()).isEqualTo(FailureClass.PARAMETER);
            assertThat(result.failureClass().retryable()).isFalse();
            assertThat(result.vendorCode()).isEqualTo("40058");
        }

        @Test
        void aReceiverListedAsInvalidIsNotDelivered() {
            sendAnswers("TOKEN-1", OK.replace("\"invaliduser\":\"\"", "\"invaliduser\":\"rep.li\""));

            DeliveryResult result = channel.deliver(REP, ALERT);

            assertThat(result.delivered()).isFalse();
            assertThat(result.failureClass()).isEqualTo(FailureClass.PARAMETER);
        }

        @Test
        void tooManyCallsIsRateLimited() {
            sendAnswers("TOKEN-1", "{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}");

            assertThat(channel.deliver(REP, ALERT).failureClass()).isEqualTo(FailureClass.RATE_LIMITED);
        }

        @Test
        void aServerErrorIsTheVendorsAndRetryable() {
            vendor.stubFor(post(urlPathEqualTo(SEND_PATH)).willReturn(aResponse().withStatus(502).withBody("Bad Gateway")));

            DeliveryResult result = channel.deliver(REP, ALERT);

            assertThat(result.failureClass()).isEqualTo(FailureClass.VENDOR);
            assertThat(result.vendorCode()).isEqualTo("HTTP 502");
            assertThat(result.failureClass().retryable()).isTrue();
        }

        @Test
        void anUnreachableServerIsANetworkFailure() {
            WeComChannel nowhere = channelFor(URI.create("http://127.0.0.1:1"));

            assertThat(nowhere.deliver(REP, ALERT).failureClass()).isEqualTo(FailureClass.NETWORK);
        }
    }

    @Nested
    class Validating {

        @Test
        void aMessageOverTheVendorsLimitIsRefusedBeforeAnythingIsSent() {
            Notification huge = new Notification("rep.li", "超长", "线".repeat(700), "huge");

            DeliveryResult result = channel.deliver(REP, huge);

            assertThat(result.failureClass()).isEqualTo(FailureClass.PARAMETER);
            assertThat(result.detail()).contains("text.content", "2048 bytes");
            vendor.verify(0, postRequestedFor(urlPathEqualTo(SEND_PATH)));
        }

        @Test
        void aUsernameThatCannotBeAWeComUserIdIsRefused() {
            DeliveryResult result = channel.deliver(new Recipient("李 娜", "李娜", null, null), ALERT);

            assertThat(result.detail()).contains("touser");
            vendor.verify(0, postRequestedFor(urlPathEqualTo(SEND_PATH)));
        }

        @Test
        void anUnconfiguredChannelSkipsWithoutCallingAnyone() {
            WeComChannel unconfigured = new WeComChannel(new WeComSettings(URI.create(vendor.baseUrl()), null, null,
                    null, null), new ObjectMapper(), Clock.systemUTC());

            assertThat(unconfigured.deliver(REP, ALERT).skipped()).isTrue();
            vendor.verify(0, getRequestedFor(urlPathEqualTo(TOKEN_PATH)));
        }
    }

    @Nested
    class CheckingSettings {

        static final String AGENT_PATH = "/cgi-bin/agent/get";

        @Test
        void theSandboxCheckFetchesATokenAndReadsTheApplicationWithoutSendingAMessage() {
            vendor.stubFor(get(urlPathEqualTo(AGENT_PATH)).withQueryParam("access_token", equalTo("TOKEN-1"))
                    .withQueryParam("agentid", equalTo("1000002"))
                    .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"agentid\":1000002,\"name\":\"筑坝告警\","
                            + "\"allow_userinfos\":{\"user\":[{\"userid\":\"rep.li\"}]},"
                            + "\"allow_partys\":{\"partyid\":[1,2]},\"close\":0}")));

            SandboxCheck check = channel.sandboxCheck(new SettingValues(channel.settingValues()));

            assertThat(check.passed()).as(check.toString()).isTrue();
            assertThat(check.steps().get(1).reasonArgs()).containsExactly("筑坝告警", 1, 2);
            vendor.verify(0, postRequestedFor(urlPathEqualTo(SEND_PATH)));
        }

        @Test
        void anAgentIdTheSecretDoesNotOpenFailsOnTheAgentId() {
            vendor.stubFor(get(urlPathEqualTo(AGENT_PATH))
                    .willReturn(okJson("{\"errcode\":301002,\"errmsg\":\"not allow operate another agent with this"
                            + " accesstoken.\"}")));

            SandboxCheck check = channel.sandboxCheck(new SettingValues(channel.settingValues()));

            assertThat(check.passed()).isFalse();
            assertThat(check.steps().get(1).field()).isEqualTo("agentId");
            assertThat(check.steps().get(1).vendorCode()).isEqualTo("301002");
        }

        @Test
        void anUnknownCorpIdFailsOnTheCorpIdAndTheApplicationIsNotAskedFor() {
            vendor.stubFor(get(urlPathEqualTo(TOKEN_PATH)).withQueryParam("corpid", equalTo("ww-other"))
                    .willReturn(okJson("{\"errcode\":40013,\"errmsg\":\"invalid corpid\"}")));
            java.util.Map<String, String> edited = new java.util.HashMap<>(channel.settingValues());
            edited.put("corpId", "ww-other");

            SandboxCheck check = channel.sandboxCheck(new SettingValues(edited));

            assertThat(check.steps()).singleElement().satisfies(step -> {
                assertThat(step.field()).isEqualTo("corpId");
                assertThat(step.failureClass()).isEqualTo(FailureClass.AUTHENTICATION);
            });
            vendor.verify(0, getRequestedFor(urlPathEqualTo(AGENT_PATH)));
        }
    }
}

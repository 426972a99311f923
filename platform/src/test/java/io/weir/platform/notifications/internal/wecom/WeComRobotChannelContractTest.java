package io.weir.platform.notifications.internal.wecom;

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
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The WeCom group-robot contract (developer.work.weixin.qq.com, 群机器人配置说明) against a local server that accepts
 * only the documented request: the key in the query, a JSON text message, and the vendor's answers including HTTP 200
 * with an error code.
 */
class WeComRobotChannelContractTest {

    static final String KEY = "693a91f6-7aaa-4bc4-97a0-0ec2f1fa5aaa";
    static final Recipient REP = new Recipient("rep.li", "李娜", null, "+8613800138001");
    static final Notification ALERT = new Notification("rep.li", "线索已超时：A级", "请立即跟进。", "escalated:lead-1");

    WireMockServer vendor;
    WeComRobotChannel channel;

    @BeforeEach
    void startVendor() {
        vendor = new WireMockServer(wireMockConfig().dynamicPort());
        vendor.start();
        channel = new WeComRobotChannel(new WeComRobotSettings(URI.create(vendor.baseUrl()), KEY, Duration.ofSeconds(2)),
                new ObjectMapper());
    }

    @AfterEach
    void stopVendor() {
        vendor.stop();
    }

    void answers(String body) {
        vendor.stubFor(post(urlPathEqualTo(WeComRobotChannel.SEND_PATH)).withQueryParam("key", equalTo(KEY))
                .willReturn(okJson(body)));
    }

    @Test
    void postsTheDocumentedTextMessageMentioningThePersonsMobile() {
        answers("{\"errcode\":0,\"errmsg\":\"ok\"}");

        DeliveryResult result = channel.deliver(REP, ALERT);

        assertThat(result.delivered()).isTrue();
        vendor.verify(postRequestedFor(urlPathEqualTo(WeComRobotChannel.SEND_PATH))
                .withQueryParam("key", equalTo(KEY))
                .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8"))
                .withRequestBody(equalToJson("""
                        {"msgtype":"text","text":{"content":"线索已超时：A级\\n请立即跟进。",
                         "mentioned_mobile_list":["13800138001"]}}""")));
    }

    @Test
    void anAnswerWithAnErrorCodeOnHttp200IsAFailureClassifiedByTheCode() {
        answers("{\"errcode\":93000,\"errmsg\":\"invalid webhook url, hint: [1733299200_1]\"}");

        DeliveryResult removed = channel.deliver(REP, ALERT);

        assertThat(removed.delivered()).isFalse();
        assertThat(removed.failureClass()).isEqualTo(FailureClass.AUTHENTICATION);
        assertThat(removed.vendorCode()).isEqualTo("93000");

        answers("{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}");
        assertThat(channel.deliver(REP, ALERT).failureClass()).isEqualTo(FailureClass.RATE_LIMITED);
    }

    @Test
    void aMessageOverTheVendorsLimitIsRefusedBeforeAnythingIsSent() {
        DeliveryResult result = channel.deliver(REP, new Notification("rep.li", "超长", "线".repeat(700), "huge"));

        assertThat(result.failureClass()).isEqualTo(FailureClass.PARAMETER);
        assertThat(result.detail()).contains("text.content", "2048 bytes");
        vendor.verify(0, postRequestedFor(urlPathEqualTo(WeComRobotChannel.SEND_PATH)));
    }

    @Test
    void theSandboxCheckHoldsTheWebhookToTheRecordedContractAndSendsNothing() {
        SandboxCheck check = channel.sandboxCheck(new SettingValues(channel.settingValues()));

        assertThat(check.passed()).as(check.toString()).isTrue();
        vendor.verify(0, postRequestedFor(urlPathEqualTo(WeComRobotChannel.SEND_PATH)));

        Map<String, String> pasted = new HashMap<>(channel.settingValues());
        pasted.put("key", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=" + KEY);
        assertThat(channel.sandboxCheck(new SettingValues(pasted)).steps().get(0).passed())
                .as("the whole address pasted instead of the key").isFalse();
    }
}

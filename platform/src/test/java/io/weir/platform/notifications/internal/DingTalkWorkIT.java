package io.weir.platform.notifications.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.weir.platform.VendorSandbox;
import io.weir.platform.WeirIntegrationTest;
import io.weir.platform.notifications.NotificationManagement;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An admin switches on DingTalk work notifications from the settings and sets a person's DingTalk userid; a test send
 * reaches that userid through the app.
 */
@WeirIntegrationTest
class DingTalkWorkIT {

    static final String SEND = "/topapi/message/corpconversation/asyncsend_v2";

    @Autowired
    NotificationManagement notifications;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void switchOffAndForget() {
        int version = notifications.channelSettings("dingtalk-work").version();
        if (version > 0) {
            notifications.switchOffChannel("dingtalk-work", version, "admin");
        }
        jdbc.sql("DELETE FROM channel_settings").update();
        jdbc.sql("DELETE FROM channel_settings_change").update();
        jdbc.sql("DELETE FROM channel_address").update();
        VendorSandbox.reset();
    }

    @Test
    void workNotificationsSwitchedOnInTheSettingsReachThePersonsDingTalkUserid() {
        VendorSandbox.server().stubFor(get(urlPathEqualTo("/gettoken")).withQueryParam("appkey", equalTo("dingweirapp0001"))
                .withQueryParam("appsecret", equalTo("work-secret")).atPriority(1)
                .willReturn(okJson("{\"errcode\":0,\"access_token\":\"DT-SANDBOX\",\"errmsg\":\"ok\",\"expires_in\":7200}")));
        VendorSandbox.server().stubFor(post(urlPathEqualTo(SEND)).withQueryParam("access_token", equalTo("DT-SANDBOX"))
                .withRequestBody(matchingJsonPath("$[?(@.agent_id == 2845963912)]"))
                .withRequestBody(matchingJsonPath("$.userid_list"))
                .withRequestBody(matchingJsonPath("$.msg.msgtype")).atPriority(1)
                .willReturn(okJson("{\"errcode\":0,\"task_id\":256271667526,\"request_id\":\"sandbox\"}")));

        notifications.saveChannelSettings("dingtalk-work", Map.of("appKey", "dingweirapp0001", "appSecret", "work-secret",
                "agentId", "2845963912", "baseUrl", VendorSandbox.server().baseUrl()), 0, "admin");
        notifications.setChannelAddress("dingtalk-work", "admin", "manager4220", "admin");

        assertThat(notifications.testSend("dingtalk-work", "admin").delivered()).isTrue();
        assertThat(VendorSandbox.server().findAll(postRequestedFor(urlPathEqualTo(SEND)))).singleElement()
                .satisfies(request -> assertThat(request.getBodyAsString()).contains("\"userid_list\":\"manager4220\"")
                        .contains("Weir 测试消息"));
        assertThat(notifications.channelSettings("dingtalk-work").history()).singleElement()
                .satisfies(change -> assertThat(change.sandboxCheck()).contains("GET /gettoken: ok"));
    }
}

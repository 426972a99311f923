package io.weir.platform.notifications.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.weir.platform.VendorSandbox;
import io.weir.platform.WeirIntegrationTest;
import io.weir.platform.notifications.ChannelHealth;
import io.weir.platform.notifications.NotificationManagement;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An admin switches on a WeCom group robot from the settings (no configuration file involved), test-sends to the
 * group, and switches it off again.
 */
@WeirIntegrationTest
class WeComRobotIT {

    static final String KEY = "5c1e9a2b-4d3f-4e6a-9b8c-7d6e5f4a3b2c";

    @Autowired
    NotificationManagement notifications;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetTheSavedSettings() {
        jdbc.sql("DELETE FROM channel_settings").update();
        jdbc.sql("DELETE FROM channel_settings_change").update();
        VendorSandbox.reset();
    }

    @Test
    void aRobotSwitchedOnInTheSettingsCarriesATestSendToTheGroupUntilItIsSwitchedOff() {
        VendorSandbox.server().stubFor(post(urlPathEqualTo("/cgi-bin/webhook/send")).withQueryParam("key", equalTo(KEY))
                .withRequestBody(matchingJsonPath("$[?(@.msgtype == 'text')]"))
                .withRequestBody(matchingJsonPath("$.text.content"))
                .atPriority(1)
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        assertThat(notifications.channelHealth()).filteredOn(health -> health.channel().equals("wecom-robot"))
                .extracting(ChannelHealth::state).containsExactly(ChannelHealth.State.UNUSED);

        notifications.saveChannelSettings("wecom-robot",
                Map.of("key", KEY, "baseUrl", VendorSandbox.server().baseUrl()), 0, "admin");

        assertThat(notifications.testSend("wecom-robot", "admin").delivered()).isTrue();
        assertThat(VendorSandbox.server().findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/webhook/send"))))
                .singleElement().satisfies(request -> assertThat(request.getBodyAsString()).contains("Weir 测试消息"));
        assertThat(notifications.channelHealth()).filteredOn(health -> health.channel().equals("wecom-robot"))
                .extracting(ChannelHealth::state).containsExactly(ChannelHealth.State.GREEN);

        notifications.switchOffChannel("wecom-robot", 1, "admin");

        assertThat(notifications.channelSettings("wecom-robot").secretsSet()).isEmpty();
        assertThat(notifications.testSend("wecom-robot", "admin").skipped()).isTrue();
        assertThat(notifications.channelHealth()).filteredOn(health -> health.channel().equals("wecom-robot"))
                .extracting(ChannelHealth::state).containsExactly(ChannelHealth.State.UNUSED);
        assertThat(notifications.channelSettings("wecom-robot").history()).extracting(change -> change.sandboxCheck())
                .first().asString().contains("switched off");
    }
}

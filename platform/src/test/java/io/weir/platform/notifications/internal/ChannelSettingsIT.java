package io.weir.platform.notifications.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.weir.platform.ApiClient;
import io.weir.platform.VendorSandbox;
import io.weir.platform.WeirIntegrationTest;
import io.weir.platform.notifications.NotificationManagement;
import io.weir.platform.shared.SecretBox;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An admin rotates the WeCom secret through the API: the vendor is asked first (gettoken, agent/get), the secret is
 * stored sealed and used for the next message, on this node at once and on another node from the database. A secret
 * the vendor refuses, a malformed value or an outdated edit changes nothing.
 */
@WeirIntegrationTest
class ChannelSettingsIT {

    static final String SETTINGS = "/api/alerts/channels/wecom/settings";

    @Autowired
    TestRestTemplate http;
    @Autowired
    NotificationManagement notifications;
    @Autowired
    List<ConfigurableChannel> channels;
    @Autowired
    SavedChannelSettings saved;
    @Autowired
    ChannelDirectory directory;
    @Autowired
    SecretBox secretBox;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.MessageSource messages;

    ConfiguredChannel asConfigured;
    ConfigurableChannel weCom;

    @BeforeEach
    void rememberTheConfiguredSettings() {
        asConfigured = ConfiguredChannel.remember(channels, "wecom");
        weCom = asConfigured.channel();
        // a rotated secret the vendor accepts: its own token, with which the application reads and sends as before
        VendorSandbox.server().stubFor(get(urlPathEqualTo(VendorSandbox.WECOM_TOKEN))
                .withQueryParam("corpid", equalTo("wwsandbox00000001"))
                .withQueryParam("corpsecret", equalTo("rotated-secret"))
                .atPriority(1)
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"ROTATED-TOKEN\",\"expires_in\":7200}")));
        VendorSandbox.server().stubFor(get(urlPathEqualTo(VendorSandbox.WECOM_AGENT))
                .withQueryParam("access_token", equalTo("ROTATED-TOKEN")).withQueryParam("agentid", equalTo("1000002"))
                .atPriority(1)
                .willReturn(okJson(VendorSandbox.agent(1000002, "筑坝告警"))));
        VendorSandbox.server().stubFor(post(urlPathEqualTo(VendorSandbox.WECOM_SEND))
                .withQueryParam("access_token", equalTo("ROTATED-TOKEN"))
                .atPriority(1)
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"\",\"msgid\":\"rotated\"}")));
        VendorSandbox.server().stubFor(get(urlPathEqualTo(VendorSandbox.WECOM_TOKEN))
                .withQueryParam("corpsecret", equalTo("revoked-secret"))
                .atPriority(1)
                .willReturn(okJson("{\"errcode\":40001,\"errmsg\":\"invalid credential, hint: [1733299200_1]\"}")));
    }

    @AfterEach
    void restoreTheConfiguredSettings() {
        asConfigured.restore(jdbc);
        VendorSandbox.reset();
    }

    @Test
    void aRotatedSecretIsCheckedWithTheVendorStoredSealedAndUsedForTheNextMessage() {
        ResponseEntity<Map> response = ApiClient.as(http, "admin")
                .put(SETTINGS, Map.of("version", 0, "values", Map.of("secret", "rotated-secret")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("version")).isEqualTo(1);
        assertThat((List<String>) response.getBody().get("secretsSet")).containsExactly("secret");
        assertThat(response.getBody().toString()).doesNotContain("rotated-secret");
        String sealed = jdbc.sql("SELECT sealed_secrets FROM channel_settings WHERE channel = 'wecom'")
                .query(String.class).single();
        assertThat(sealed).isNotBlank().doesNotContain("rotated-secret");

        VendorSandbox.server().resetRequests();
        assertThat(notifications.testSend("wecom", "admin").delivered()).isTrue();
        assertThat(VendorSandbox.server().findAll(postRequestedFor(urlPathEqualTo(VendorSandbox.WECOM_SEND))))
                .extracting(request -> request.queryParameter("access_token").firstValue())
                .containsOnly("ROTATED-TOKEN");

        var history = notifications.channelSettings("wecom").history();
        assertThat(history).singleElement().satisfies(change -> {
            assertThat(change.changedBy()).isEqualTo("admin");
            assertThat(change.changedFields()).isEqualTo("secret");
            assertThat(change.sandboxCheck()).contains("GET /cgi-bin/gettoken: ok")
                    .contains("Application \"筑坝告警\" is usable and reaches 2 members and 1 departments");
        });
    }

    @Test
    void anotherNodeStartedFromTheConfigurationFilesPutsTheSavedSettingsInForce() {
        notifications.saveChannelSettings("wecom", Map.of("secret", "rotated-secret"), 0, "admin");
        asConfigured.forgetSavedSettingsInForce();

        new ChannelSettingsEditor(List.of(weCom), saved, directory, secretBox, json, clock, messages).refresh();

        assertThat(weCom.settingValues()).containsEntry("secret", "rotated-secret");
    }

    @Test
    void aSecretTheVendorRefusesIsNotSavedAndTheOneInForceKeepsWorking() {
        ResponseEntity<Map> response = ApiClient.as(http, "admin")
                .put(SETTINGS, Map.of("version", 0, "values", Map.of("secret", "revoked-secret")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().toString()).contains("secret").contains("沙箱检查未通过").contains("40001");
        assertThat(notifications.channelSettings("wecom").version()).isZero();
        assertThat(weCom.settingValues()).containsEntry("secret", asConfigured.configured().text("secret"));
        assertThat(notifications.testSend("wecom", "admin").delivered()).isTrue();
    }

    @Test
    void theSandboxCheckAloneSavesNothing() {
        ResponseEntity<Map> response = ApiClient.as(http, "admin")
                .post(SETTINGS + "/check", Map.of("values", Map.of("secret", "rotated-secret")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<Map<String, Object>>) response.getBody().get("steps"))
                .extracting(step -> step.get("call") + " " + step.get("passed"))
                .containsExactly("GET /cgi-bin/gettoken true", "GET /cgi-bin/agent/get true");
        assertThat((List<Map<String, Object>>) response.getBody().get("steps")).extracting(step -> step.get("detail"))
                .containsExactly("凭据有效，已取得 access token", "应用“筑坝告警”可用，可见范围：2 名成员、1 个部门");
        ResponseEntity<Map> english = ApiClient.as(http, "admin").inEnglish()
                .post(SETTINGS + "/check", Map.of("values", Map.of("secret", "rotated-secret")));
        assertThat(english.getBody().toString()).contains("Application \"筑坝告警\" is usable and reaches 2 members");
        assertThat(notifications.channelSettings("wecom").version()).isZero();
        assertThat(weCom.settingValues()).containsEntry("secret", asConfigured.configured().text("secret"));
    }

    @Test
    void malformedValuesAreRefusedFieldByFieldInTheUsersLanguage() {
        ResponseEntity<Map> response = ApiClient.as(http, "admin").inEnglish()
                .put(SETTINGS, Map.of("version", 0, "values", Map.of("agentId", "abc", "baseUrl", "ftp://qyapi",
                        "colour", "red")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().toString()).contains("colour").contains("no such setting");

        response = ApiClient.as(http, "admin").inEnglish()
                .put(SETTINGS, Map.of("version", 0, "values", Map.of("agentId", "abc", "baseUrl", "ftp://qyapi")));

        assertThat(response.getBody().toString()).contains("agentId").contains("whole number")
                .contains("baseUrl").contains("http(s)");
        assertThat(notifications.channelSettings("wecom").version()).isZero();
    }

    @Test
    void anEditOfAnOutdatedVersionIsRefused() {
        notifications.saveChannelSettings("wecom", Map.of("secret", "rotated-secret"), 0, "admin");

        ResponseEntity<Map> response = ApiClient.as(http, "admin")
                .put(SETTINGS, Map.of("version", 0, "values", Map.of("agentId", "1000002")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody().toString()).contains("刚被他人修改过");
        assertThat(notifications.channelSettings("wecom").version()).isEqualTo(1);
    }

    @Test
    void onlyAdminsSeeOrChangeChannelSettings() {
        assertThat(ApiClient.as(http, "manager.east").get(SETTINGS).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ApiClient.as(http, "manager.east")
                .put(SETTINGS, Map.of("version", 0, "values", Map.of("secret", "rotated-secret"))).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ApiClient.as(http, "admin").get(SETTINGS).getBody().toString()).doesNotContain("sandbox-secret");
    }
}

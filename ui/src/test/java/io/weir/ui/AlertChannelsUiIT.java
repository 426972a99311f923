package io.weir.ui;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.weir.WeirApplication;
import io.weir.platform.VendorSandbox;
import io.weir.platform.WeirIntegrationTest;
import io.weir.platform.notifications.NotificationManagement;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * An admin looks after the alert channels in headless Chromium: a test send that reaches WeCom, a drill on WeCom
 * that passes and shows up in the history and the chart, and a rotated WeCom secret saved only once the vendor
 * accepts it. WeCom and DingTalk are the local vendor sandbox.
 */
@SpringBootTest(classes = WeirApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("uitest")
@Import(WeirIntegrationTest.TestClock.class)
@ContextConfiguration(initializers = VendorSandbox.class)
class AlertChannelsUiIT {

    private static final String PASSWORD = "ui-test-password";

    @LocalServerPort
    int port;
    @Autowired
    NotificationManagement notifications;

    @AfterEach
    void resetVendors() {
        VendorSandbox.reset();
    }

    @Test
    void adminTestSendsOnWeComAndSeesItDelivered() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.signIn("admin", PASSWORD);
            browser.open("/alerts");

            browser.click(By.id("test-send-wecom"));

            browser.waitFor(By.xpath("//vaadin-notification-card[contains(., '企业微信：测试消息已送达')]"));
            assertThat(browser.cellTexts("vendor-contracts")).contains("POST /cgi-bin/message/send (text)", "2017-05-25",
                    "2021-01-11");
        }
        assertThat(VendorSandbox.weComMessagesTo("admin")).anyMatch(request -> request.getBodyAsString()
                .contains("Weir 测试消息"));
    }

    @Test
    void adminGoesFromTheStatusLightToDrillWeComAndReadsThePassingReportInTheHistoryAndTheChart() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.signIn("admin", PASSWORD);
            browser.click(By.id("channel-status"));
            browser.click(By.id("open-alerts"));

            browser.click(By.id("drill-wecom"));
            browser.waitFor(By.id("drill-start"));
            browser.click(By.id("drill-start"));

            browser.waitUntilTextShows(By.id("drill-status"), "演练通过");
            browser.waitUntilCellsShow("drill-history", "通过");
            assertThat(browser.cellTexts("drill-history")).contains("企业微信", "认证/权限");
            browser.waitFor(By.cssSelector("#drill-chart[data-rendered='true'] canvas"));
        }
    }

    @Test
    void adminRotatesTheWeComSecretWhichIsSavedOnlyOnceTheVendorAcceptsIt() throws Exception {
        var vendor = VendorSandbox.server();
        vendor.stubFor(get(urlPathEqualTo(VendorSandbox.WECOM_TOKEN)).withQueryParam("corpsecret", equalTo("revoked-secret"))
                .atPriority(1).willReturn(okJson("{\"errcode\":40001,\"errmsg\":\"invalid credential\"}")));
        vendor.stubFor(get(urlPathEqualTo(VendorSandbox.WECOM_TOKEN)).withQueryParam("corpsecret", equalTo("rotated-secret"))
                .atPriority(1).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"ROTATED-TOKEN\","
                        + "\"expires_in\":7200}")));
        vendor.stubFor(get(urlPathEqualTo(VendorSandbox.WECOM_AGENT)).withQueryParam("access_token", equalTo("ROTATED-TOKEN"))
                .atPriority(1).willReturn(okJson(VendorSandbox.agent(1000002, "筑坝告警"))));
        vendor.stubFor(post(urlPathEqualTo(VendorSandbox.WECOM_SEND)).withQueryParam("access_token", equalTo("ROTATED-TOKEN"))
                .atPriority(1).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"\"}")));
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.signIn("admin", PASSWORD);
            browser.open("/alerts");
            browser.click(By.id("settings-wecom"));

            browser.type(By.cssSelector("#setting-secret input"), "revoked-secret");
            browser.click(By.id("settings-save"));
            browser.waitUntilTextShows(By.id("setting-secret"), "沙箱检查未通过");
            assertThat(browser.textOf(By.id("setting-secret"))).contains("40001");

            browser.type(By.cssSelector("#setting-secret input"), "rotated-secret");
            browser.click(By.id("settings-check"));
            browser.waitUntilTextShows(By.id("settings-check-result"), "筑坝告警");
            assertThat(browser.textOf(By.id("settings-check-result"))).contains("✓ GET /cgi-bin/gettoken")
                    .contains("可见范围：2 名成员、1 个部门");

            browser.click(By.id("settings-save"));
            browser.waitFor(By.xpath("//vaadin-notification-card[contains(., '企业微信：第 1 版设置已通过沙箱检查并生效')]"));
            vendor.resetRequests();
            browser.click(By.id("test-send-wecom"));
            browser.waitFor(By.xpath("//vaadin-notification-card[contains(., '企业微信：测试消息已送达')]"));
        } finally {
            // the other tests of this context expect the configured secret
            notifications.saveChannelSettings("wecom", Map.of("secret", "sandbox-secret"),
                    notifications.channelSettings("wecom").version(), "admin");
        }
        assertThat(vendor.findAll(postRequestedFor(urlPathEqualTo(VendorSandbox.WECOM_SEND))))
                .extracting(request -> request.queryParameter("access_token").firstValue()).containsOnly("ROTATED-TOKEN");
    }

    @Test
    void adminSetsAWeComUserIdThatIsNotTheUsernameAndAMalformedOneIsRefused() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.signIn("admin", PASSWORD);
            browser.open("/alerts");

            browser.type(By.cssSelector("#wecom-account-rep\\.li input"), "李 娜");
            browser.click(By.id("wecom-account-save-rep.li"));
            browser.waitUntilTextShows(By.id("wecom-account-rep.li"), "UserID");

            browser.type(By.cssSelector("#wecom-account-rep\\.li input"), "LiNa01");
            browser.click(By.id("wecom-account-save-rep.li"));
            browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'LiNa01')]"));
        } finally {
            notifications.setChannelAddress("wecom", "rep.li", "", "admin");
        }
    }

    @Test
    void aManagerCannotOpenTheAlertsPage() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.signIn("manager.east", PASSWORD);
            browser.open("/alerts");

            browser.waitUntil("the page refused", () -> browser.textOf(By.tagName("body")).contains("无权")
                    || browser.textOf(By.tagName("body")).contains("Could not navigate")
                    || browser.textOf(By.tagName("body")).contains("404"));
            assertThat(browser.textOf(By.tagName("body"))).doesNotContain("通知渠道与告警演练");
        }
    }
}

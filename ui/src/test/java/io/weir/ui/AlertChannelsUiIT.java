package io.weir.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.WeirApplication;
import io.weir.platform.VendorSandbox;
import io.weir.platform.WeirIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * An admin looks after the alert channels in headless Chromium: a test send that reaches WeCom, and a drill on WeCom
 * that passes and shows up in the history and the chart. WeCom and DingTalk are the local vendor sandbox.
 */
@SpringBootTest(classes = WeirApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("uitest")
@Import(WeirIntegrationTest.TestClock.class)
@ContextConfiguration(initializers = VendorSandbox.class)
class AlertChannelsUiIT {

    private static final String PASSWORD = "ui-test-password";

    @LocalServerPort
    int port;

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

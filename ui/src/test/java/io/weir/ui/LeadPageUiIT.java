package io.weir.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.weir.WeirApplication;
import io.weir.platform.WeirIntegrationTest;
import io.weir.platform.leads.Lead;
import io.weir.platform.leads.LeadManagement;
import io.weir.platform.leads.LeadStatus;
import io.weir.platform.leads.NewLead;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The lead page with its timeline, and entering a lead by hand, in real headless Chromium. */
@SpringBootTest(classes = WeirApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("uitest")
@Import(WeirIntegrationTest.TestClock.class)
class LeadPageUiIT {

    private static final String PASSWORD = "ui-test-password";

    @LocalServerPort
    int port;
    @Autowired
    LeadManagement leads;
    @Autowired
    JdbcClient jdbc;

    @Test
    void repOpensALeadFromTheInboxRespondsThereAndTheTimelineShowsIt() throws Exception {
        Lead lead = leads.receive(new NewLead("官网表单", "详情页客户", "13700006601", "详情页公司", "上海", "标准版", null),
                null, "test").lead();
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.signIn(lead.assignee(), PASSWORD);
            browser.type(By.cssSelector("#lead-search input"), "详情页客户");
            browser.click(By.linkText("详情页客户"));

            browser.waitUntilTextShows(By.id("lead-title"), "详情页客户");
            assertThat(browser.textOf(By.id("lead-timeline"))).contains("收到线索", "分配给");
            browser.click(By.id("respond-from-lead"));
            browser.type(By.cssSelector("#response-note textarea"), "已电话沟通");
            browser.click(By.id("save-response"));

            browser.waitUntilTextShows(By.id("lead-timeline"), "首次响应");
            assertThat(browser.textOf(By.id("lead-timeline"))).contains("电话", "已电话沟通");
            assertThat(browser.textOf(By.id("lead-status"))).isEqualTo("已响应");
        }
        await().until(() -> leads.find(lead.id()).orElseThrow().status() == LeadStatus.RESPONDED);
    }

    @Test
    void aLeadEnteredByHandShowsFieldErrorsThenLandsOnItsPage() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.signIn("manager.east", PASSWORD);
            browser.open("/leads/new");
            browser.type(By.cssSelector("#new-lead-source input"), "400来电\t");
            browser.type(By.cssSelector("#new-lead-contact input"), "手工录入客户");
            browser.type(By.cssSelector("#new-lead-phone input"), "12345");
            browser.click(By.id("save-new-lead"));

            browser.waitUntilTextShows(By.id("new-lead-phone"), "手机号或电话“12345”无效");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM lead WHERE contact_name = '手工录入客户'").query(Long.class).single())
                    .isZero();
            browser.type(By.cssSelector("#new-lead-phone input"), "13700006602");
            browser.click(By.id("save-new-lead"));

            browser.waitUntilTextShows(By.id("lead-title"), "手工录入客户");
            assertThat(browser.textOf(By.id("lead-facts"))).contains("+8613700006602", "400来电");
        }
    }
}

package io.weir.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.weir.WeirApplication;
import io.weir.platform.MutableClock;
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
import org.springframework.test.context.ActiveProfiles;

/** A rep and a manager use Weir in real headless Chromium. */
@SpringBootTest(classes = WeirApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("uitest")
@Import(WeirIntegrationTest.TestClock.class)
class LeadInboxUiIT {

    private static final String PASSWORD = "ui-test-password";

    @LocalServerPort
    int port;
    @Autowired
    LeadManagement leads;
    @Autowired
    MutableClock clock;

    Lead websiteLead(String contact, String phone) {
        return leads.receive(new NewLead("官网表单", contact, phone, "浏览器测试有限公司", "上海", "标准版", null), null,
                "test").lead();
    }

    @Test
    void repSeesANewLeadInTheInboxAndRecordsTheFirstResponse() throws Exception {
        Lead lead = websiteLead("界面测试甲", "13700009901");
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.signIn(lead.assignee(), PASSWORD);

            browser.waitUntilGridShows("界面测试甲");
            browser.type(By.cssSelector("#lead-search input"), "界面测试甲");
            browser.waitUntilGridLacks("钱先生");
            browser.click(By.cssSelector(".respond-button"));
            browser.type(By.cssSelector("#response-note textarea"), "电话已接通，客户希望下周演示");
            browser.click(By.id("save-response"));

            await().until(() -> leads.find(lead.id()).orElseThrow().status() == LeadStatus.RESPONDED);
            browser.waitUntilGridLacks("界面测试甲");
        }
    }

    @Test
    void managerSeesALeadOverdueOnceItsDeadlinePassed() throws Exception {
        Lead lead = websiteLead("界面测试乙", "13700009902");
        clock.set(lead.responseDueAt().plusSeconds(5));
        await().until(() -> leads.find(lead.id()).orElseThrow().overdue());

        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.signIn("manager.east", PASSWORD);
            browser.open("/team");
            browser.type(By.cssSelector("#lead-search input"), "界面测试乙");

            browser.waitUntilGridShows("已超时");
            assertThat(browser.gridTexts()).anyMatch(text -> text.contains("界面测试乙"));
            assertThat(browser.gridTexts()).anyMatch(text -> text.contains(lead.assignee()));
        }
    }
}

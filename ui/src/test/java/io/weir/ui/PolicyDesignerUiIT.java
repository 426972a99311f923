package io.weir.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.WeirApplication;
import io.weir.platform.WeirIntegrationTest;
import io.weir.platform.leads.Lead;
import io.weir.platform.leads.LeadManagement;
import io.weir.platform.leads.NewLead;
import io.weir.platform.policies.PolicyDraft;
import io.weir.platform.policies.PolicyManagement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** A manager changes the SLA table in the designer screen and publishes it; the next lead gets the new deadline. */
@SpringBootTest(classes = WeirApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("uitest")
@Import(WeirIntegrationTest.TestClock.class)
class PolicyDesignerUiIT {

    private static final String PASSWORD = "ui-test-password";

    @LocalServerPort
    int port;
    @Autowired
    PolicyManagement policies;
    @Autowired
    LeadManagement leads;

    PolicyDraft original;

    @AfterEach
    void restoreThePolicyInForce() {
        if (original != null && !policies.changes(original).isEmpty()) {
            policies.publish(original, "test-cleanup");
        }
    }

    Lead websiteLead(String phone) {
        return leads.receive(new NewLead("官网表单", "设计器客户", phone, null, "上海", null, null), null, "test").lead();
    }

    @Test
    void managerShortensTierADeadlineAndTheNextLeadIsDueSooner() throws Exception {
        original = policies.current();
        int versionBefore = policies.currentVersion();
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.signIn("manager.east", PASSWORD);
            browser.open("/designer");

            browser.type(By.cssSelector(".tiering-rule .rule-response-minutes input"), "20");
            browser.click(By.id("check-policy"));
            browser.waitUntilTextShows(By.id("policy-changes"), "30min");
            assertThat(browser.textOf(By.id("policy-changes"))).contains("20min");
            browser.click(By.id("publish-policy"));
            browser.click(By.id("confirm-publish"));

            browser.waitUntilTextShows(By.id("policy-version"), "v" + (versionBefore + 1));
            browser.waitUntilCellsShow("policy-history", "manager.east");
        }
        Lead next = websiteLead("13700007701");
        assertThat(Duration.between(next.receivedAt(), next.responseDueAt())).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void anInvalidRowIsNamedAndNothingIsPublished() throws Exception {
        original = policies.current();
        int versionBefore = policies.currentVersion();
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.signIn("manager.east", PASSWORD);
            browser.open("/designer");

            browser.type(By.cssSelector(".tiering-rule .rule-tier input"), "1");
            browser.click(By.id("publish-policy"));

            browser.waitUntilTextShows(By.id("policy-problems"), "第 1 行：等级必须是一个大写字母");
        }
        assertThat(policies.currentVersion()).isEqualTo(versionBefore);
    }
}

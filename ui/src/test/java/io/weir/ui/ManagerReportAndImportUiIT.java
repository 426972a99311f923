package io.weir.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.WeirApplication;
import io.weir.platform.WeirIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** A manager imports leads from a file and reads the weekly response-health report, in real headless Chromium. */
@SpringBootTest(classes = WeirApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("uitest")
@Import(WeirIntegrationTest.TestClock.class)
class ManagerReportAndImportUiIT {

    private static final String PASSWORD = "ui-test-password";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    long leadsOf(String company) {
        return jdbc.sql("SELECT COUNT(*) FROM lead WHERE company = ?").param(company).query(Long.class).single();
    }

    @Test
    void managerImportsACsvAndSeesHowManyLeadsWereTaken() throws Exception {
        Path csv = Files.createTempFile("weir-import", ".csv");
        Files.writeString(csv, "来源渠道,联系人,电话,公司,地区\n官网表单,导入界面甲,13700008801,界面导入公司,上海\n"
                + "展会收集,导入界面乙,13700008802,界面导入公司,上海\n", StandardCharsets.UTF_8);
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.signIn("manager.east", PASSWORD);
            browser.open("/leads/import");

            browser.upload(By.id("lead-upload"), csv);

            browser.waitUntilTextShows(By.id("import-progress-text"), "导入完成：新增 2 条");
        }
        assertThat(leadsOf("界面导入公司")).isEqualTo(2);
    }

    @Test
    void aFileWithABadRowShowsTheRowAndImportsNothing() throws Exception {
        Path csv = Files.createTempFile("weir-import-bad", ".csv");
        Files.writeString(csv, "来源渠道,联系人,电话,公司\n官网表单,好行,13700008811,坏文件公司\n官网表单,坏行,12345,坏文件公司\n",
                StandardCharsets.UTF_8);
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.signIn("manager.east", PASSWORD);
            browser.open("/leads/import");

            browser.upload(By.id("lead-upload"), csv);

            browser.waitUntilCellsShow("import-errors", "手机号或电话“12345”无效");
            assertThat(browser.cellTexts("import-errors")).contains("3", "电话");
        }
        assertThat(leadsOf("坏文件公司")).isZero();
    }

    @Test
    void managerReadsTheWeeklyReportWithChartsAndTheTeamsFigures() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.signIn("manager.east", PASSWORD);
            browser.open("/reports/response-health");

            browser.waitUntilCellsShow("team-figures", "华东团队");
            browser.waitFor(By.cssSelector("#rep-chart[data-rendered='true'] canvas"));
            browser.waitFor(By.cssSelector("#team-chart[data-rendered='true'] canvas"));
            assertThat(browser.cellTexts("team-figures")).contains("合计").doesNotContain("华南团队");
            assertThat(browser.waitFor(By.id("report-pdf")).getAttribute("href")).isNotBlank();
        }
    }

    @Test
    void theStatusLightShowsTheChannelsAndWhichAreInUse() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.signIn("manager.east", PASSWORD);

            browser.waitUntilTextShows(By.id("channel-status"), "通知渠道正常");
            browser.click(By.id("channel-status"));

            browser.waitUntilCellsShow("channel-health", "企业微信");
            assertThat(browser.cellTexts("channel-health")).contains("站内通知", "正常", "钉钉", "未启用");
        }
    }
}

package io.weir.platform.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.weir.platform.ApiClient;
import io.weir.platform.MutableClock;
import io.weir.platform.WeirIntegrationTest;
import io.weir.platform.identity.UserManagement;
import io.weir.platform.leads.FirstResponse;
import io.weir.platform.leads.Lead;
import io.weir.platform.leads.LeadManagement;
import io.weir.platform.leads.NewLead;
import io.weir.platform.leads.ResponseChannel;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The weekly report on a known week: four east-team leads in the week of 2025-03-03, answered after 10, 45 and 60
 * minutes and not at all. Time is the injected clock, set into that week and restored afterwards.
 */
@WeirIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponseHealthReportIT {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String WEEK = "2025-03-05";

    @Autowired
    TestRestTemplate http;
    @Autowired
    LeadManagement leads;
    @Autowired
    UserManagement users;
    @Autowired
    MutableClock clock;


    Instant restoreTo;

    @BeforeAll
    void recordAKnownWeek() {
        restoreTo = clock.instant();
        receive("官网表单", "2025-03-03T10:00", 10);
        receive("官网表单", "2025-03-03T11:00", 45);
        receive("社群引流", "2025-03-03T12:00", 60);
        receive("展会收集", "2025-03-03T13:00", null);
        clock.set(LocalDateTime.parse("2025-03-10T12:00").atZone(CHINA).toInstant());
    }

    @AfterAll
    void restoreClock() {
        clock.set(restoreTo.isAfter(clock.instant()) ? restoreTo : clock.instant());
    }

    void receive(String source, String localTime, Integer answeredAfterMinutes) {
        Instant received = LocalDateTime.parse(localTime).atZone(CHINA).toInstant();
        clock.set(received);
        Lead lead = leads.receive(new NewLead(source, "周报客户", "1390303" + localTime.substring(11, 13) + "00",
                "周报测试公司", "上海", "标准版", received), null, "test").lead();
        assertThat(lead.teamId()).isEqualTo("east");
        if (answeredAfterMinutes != null) {
            clock.set(received.plus(Duration.ofMinutes(answeredAfterMinutes)));
            leads.respond(lead.id(), new FirstResponse(ResponseChannel.PHONE, "周报", List.of()),
                    users.user("manager.east").orElseThrow());
        }
    }

    ResponseEntity<Map> figures(String user) {
        return ApiClient.as(http, user).get("/api/reports/response-health?week=" + WEEK);
    }

    @Test
    void managerSeesTheTeamsFiguresForTheWeek() {
        Map<?, ?> report = figures("manager.east").getBody();

        assertThat(report.get("weekStart")).isEqualTo("2025-03-03");
        Map<?, ?> east = ((List<Map<?, ?>>) report.get("teams")).get(0);
        assertThat(east.get("key")).isEqualTo("east");
        assertThat(east.get("leads")).isEqualTo(4);
        assertThat(east.get("tierALeads")).isEqualTo(2);
        assertThat(east.get("tierAWithin30Minutes")).isEqualTo(1);
        assertThat(east.get("overdue")).isEqualTo(2);
        assertThat(east.get("responded")).isEqualTo(3);
        assertThat(east.get("medianResponseMinutes")).isEqualTo(45.0);
        assertThat(east.get("p90ResponseMinutes")).isEqualTo(60.0);
    }

    @Test
    void anotherTeamsManagerSeesNoneOfIt() {
        Map<?, ?> report = figures("manager.south").getBody();

        assertThat((List<?>) report.get("teams")).isEmpty();
        assertThat(((Map<?, ?>) report.get("total")).get("leads")).isEqualTo(0);
    }

    @Test
    void repsHaveNoReport() {
        assertThat(figures("rep.li").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aWeekThatIsNotADateIsRefusedWithTheField() {
        ResponseEntity<Map> refused = ApiClient.as(http, "manager.east").get("/api/reports/response-health?week=上周");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().toString()).contains("field=week");
    }

    @Test
    void pdfCarriesTheTitleAndTheFiguresInChinese() throws Exception {
        byte[] pdf = download("/api/reports/response-health/pdf?week=" + WEEK, "zh-CN");

        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("线索响应健康周报", "2025-03-03", "华东团队", "50.0%", "45.0");
    }

    @Test
    void workbookHoldsTheFiguresAsNumbersWithEnglishHeadingsOnRequest() throws Exception {
        byte[] xlsx = download("/api/reports/response-health/xlsx?week=" + WEEK, "en");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet teams = workbook.getSheetAt(0);
            assertThat(teams.getSheetName()).isEqualTo("Teams");
            assertThat(teams.getRow(2).getCell(3).getStringCellValue()).isEqualTo("A-tier 30-min response rate");
            Row east = teams.getRow(3);
            assertThat(east.getCell(0).getStringCellValue()).isEqualTo("华东团队");
            assertThat(east.getCell(3).getNumericCellValue()).isEqualTo(0.5);
            assertThat(east.getCell(4).getNumericCellValue()).isEqualTo(2.0);
        }
    }

    byte[] download(String path, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("manager.east", WeirIntegrationTest.PASSWORD);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        ResponseEntity<byte[]> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}

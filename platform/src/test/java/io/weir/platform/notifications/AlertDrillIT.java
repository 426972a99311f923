package io.weir.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.weir.platform.ApiClient;
import io.weir.platform.MutableClock;
import io.weir.platform.VendorSandbox;
import io.weir.platform.WeirIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Drills started by an admin over the API: a passing drill, its report in the history, and refused drills. */
@WeirIntegrationTest
class AlertDrillIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @Autowired
    TestRestTemplate http;
    @Autowired
    NotificationManagement notifications;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void startWithEmptyRateWindows() {
        // earlier tests may have used up the robots' minute on the shared test clock, which stands still
        clock.advance(Duration.ofMinutes(11));
    }

    @AfterEach
    void resetVendors() {
        VendorSandbox.reset();
    }

    @Test
    void aDrillOnWeComTimesEverySafeguardWithinTheBudgetAndLeavesTheLightAsItFoundIt() {
        ResponseEntity<Map> response = ApiClient.as(http, "admin")
                .post("/api/alerts/drills", Map.of("channel", "wecom", "failureClass", "AUTHENTICATION"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<?, ?> report = response.getBody();
        assertThat(report.get("passed")).isEqualTo(true);
        assertThat((List<?>) report.get("findings")).isEmpty();
        long budget = ((Number) report.get("budgetMs")).longValue();
        for (String step : List.of("classifiedMs", "redMs", "fallbackMs", "alarmMs")) {
            assertThat(((Number) report.get(step)).longValue()).as(step).isBetween(0L, budget);
        }
        assertThat(report.get("fallbackVia")).isNotNull().isNotEqualTo("wecom");
        assertThat((List<String>) report.get("alarmChannels")).isNotEmpty().doesNotContain("wecom");
        assertThat(notifications.latest("admin", 50)).extracting(InAppNotification::title)
                .contains("【演练】通知渠道故障：wecom", "【演练】告警渠道演练");
        assertThat(notifications.channelHealth()).filteredOn(health -> health.channel().equals("wecom"))
                .extracting(ChannelHealth::state).doesNotContain(ChannelHealth.State.RED);
        assertThat(notifications.testSend("wecom", "admin").delivered()).as("the fault is lifted").isTrue();

        List<Map<String, Object>> history = (List<Map<String, Object>>) (List<?>) ApiClient.as(http, "admin")
                .getAny("/api/alerts/drills").getBody();
        assertThat(history).extracting(drill -> drill.get("id")).contains(report.get("id"));
    }

    @Test
    void aChannelThatIsNotSetUpCannotBeDrilledAndNothingIsRecorded() {
        long drillsBefore = drills();

        ResponseEntity<Map> response = ApiClient.as(http, "admin")
                .post("/api/alerts/drills", Map.of("channel", "sms-aliyun", "failureClass", "NETWORK"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().toString()).contains("channel").contains("sms-aliyun").contains("未配置");
        assertThat(drills()).isEqualTo(drillsBefore);
    }

    @Test
    void anUnknownFailureClassIsRefusedByName() {
        ResponseEntity<Map> response = ApiClient.as(http, "admin").inEnglish()
                .post("/api/alerts/drills", Map.of("channel", "wecom", "failureClass", "METEOR"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().toString()).contains("failureClass").contains("must be one of");
    }

    @Test
    void onlyAdminsRunDrillsOrSeeThem() {
        assertThat(ApiClient.as(http, "manager.east")
                .post("/api/alerts/drills", Map.of("channel", "wecom")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ApiClient.as(http, "rep.li").get("/api/alerts/channels").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private long drills() {
        return jdbc.sql("SELECT COUNT(*) FROM alert_drill").query(Long.class).single();
    }
}

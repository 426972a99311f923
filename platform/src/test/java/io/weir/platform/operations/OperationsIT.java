package io.weir.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.platform.ApiClient;
import io.weir.platform.WeirIntegrationTest;
import io.weir.platform.leads.LeadFixture;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What an operator sees without reading logs: health of the parts, and the SLA clock's metrics. */
@WeirIntegrationTest
class OperationsIT {

    @Autowired
    TestRestTemplate http;

    @Test
    void healthReportsTheDatabaseTheProcessEngineAndTheNotificationChannels() {
        ResponseEntity<Map> health = http.getForEntity("/actuator/health", Map.class);

        Map<String, Object> components = (Map<String, Object>) health.getBody().get("components");
        assertThat(components).containsKeys("db", "processEngine", "notificationChannels");
        assertThat(((Map<?, ?>) components.get("db")).get("status")).isEqualTo("UP");
    }

    @Test
    void prometheusShowsLeadsReceivedOpenClocksAndTheEscalationLatenessHistogram() {
        ApiClient.as(http, "manager.east").post("/api/leads", LeadFixture.websiteLeadFromShanghai());

        String metrics = http.getForObject("/actuator/prometheus", String.class);

        assertThat(metrics).containsPattern("weir_leads_received_total\\{[^}]*source=\"官网表单\"[^}]*tier=\"A\"[^}]*} [1-9]");
        assertThat(metrics).contains("weir_sla_open_clocks", "weir_sla_deadlines_fired",
                "weir_sla_escalation_lateness_seconds_bucket");
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        ResponseEntity<Map> api = http.getForEntity("/v3/api-docs", Map.class);

        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Map<String, Object>) api.getBody().get("paths"))
                .containsKeys("/api/leads", "/api/leads/import", "/api/reports/response-health");
    }
}

package io.weir.platform.notifications;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.weir.platform.MutableClock;
import io.weir.platform.VendorSandbox;
import io.weir.platform.WeirIntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The outbox: one record per alert whatever the repeats, and a failure that may pass retried after a backoff. */
@WeirIntegrationTest
class AlertOutboxIT {

    @Autowired
    NotificationManagement notifications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetVendors() {
        VendorSandbox.reset();
    }

    @Test
    void raisingTheSameAlertTwiceRecordsAndDeliversItOnce() {
        String key = "outbox-test:" + UUID.randomUUID();
        Notification alert = new Notification("manager.east", "重复告警测试", "同一告警只送达一次。" + key, key);

        notifications.raise(AlertTypes.ESCALATION_SUPERVISOR, alert);
        notifications.raise(AlertTypes.ESCALATION_SUPERVISOR, alert);

        await().until(() -> "DELIVERED".equals(state(key)));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM alert_outbox WHERE dedup_key = ?").param(key).query(Long.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM in_app_notification WHERE dedup_key = ?").param(key)
                .query(Long.class).single()).isEqualTo(1);
        await().during(Duration.ofMillis(300)).until(() -> weComMessagesWith(key) == 1);
    }

    @Test
    void aVendorOutageIsRetriedOnTheSameChannelAfterABackoff() {
        VendorSandbox.server().stubFor(post(urlPathEqualTo(VendorSandbox.WECOM_SEND)).atPriority(1)
                .inScenario("outage").whenScenarioStateIs(STARTED).willSetStateTo("recovered")
                .willReturn(aResponse().withStatus(503).withBody("upstream unavailable")));
        String key = "outbox-test:" + UUID.randomUUID();

        notifications.raise(AlertTypes.ESCALATION_SUPERVISOR,
                new Notification("manager.east", "重试测试", "厂商暂时不可用时稍后重试。" + key, key));

        await().until(() -> attempts(key).contains("FAILED VENDOR HTTP 503"));
        assertThat(state(key)).isEqualTo("PENDING");
        Timestamp retryAt = jdbc.sql("SELECT next_attempt_at FROM alert_outbox WHERE dedup_key = ?").param(key)
                .query(Timestamp.class).single();
        assertThat(retryAt.toInstant()).isAfter(clock.instant());

        clock.set(retryAt.toInstant());

        await().until(() -> "DELIVERED".equals(state(key)));
        assertThat(attempts(key)).containsExactly("FAILED VENDOR HTTP 503", "DELIVERED null null");
        assertThat(jdbc.sql("SELECT delivered_via FROM alert_outbox WHERE dedup_key = ?").param(key)
                .query(String.class).single()).isEqualTo("wecom");
    }

    @Test
    void anAlertWhoseChainHasNoChannelSetUpHereStaysInTheBellWithoutAlarmingAdmins() {
        String key = "outbox-test:" + UUID.randomUUID();

        notifications.raise("unset-test", new Notification("rep.li", "仅站内信", "没有配置外部渠道。" + key, key));

        await().until(() -> "DELIVERED".equals(state(key)));
        assertThat(jdbc.sql("SELECT delivered_via FROM alert_outbox WHERE dedup_key = ?").param(key)
                .query(String.class).single()).isEqualTo("in-app");
        assertThat(notifications.latest("rep.li", 20)).extracting(InAppNotification::title).contains("仅站内信");
        assertThat(notifications.latest("admin", 50)).extracting(InAppNotification::title)
                .doesNotContain("告警未能送达：rep.li");
    }

    private String state(String key) {
        return jdbc.sql("SELECT state FROM alert_outbox WHERE dedup_key = ?").param(key).query(String.class)
                .optional().orElse(null);
    }

    private List<String> attempts(String key) {
        return jdbc.sql("SELECT a.outcome, a.failure_class, a.vendor_code FROM alert_attempt a"
                        + " JOIN alert_outbox o ON o.id = a.alert_id WHERE o.dedup_key = ? ORDER BY a.id")
                .param(key)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).list();
    }

    private long weComMessagesWith(String key) {
        return VendorSandbox.weComMessagesTo("manager.east").stream()
                .filter(request -> request.getBodyAsString().contains(key)).count();
    }
}

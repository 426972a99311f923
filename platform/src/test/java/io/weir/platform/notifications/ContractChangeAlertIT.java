package io.weir.platform.notifications;

import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.weir.platform.MutableClock;
import io.weir.platform.VendorSandbox;
import io.weir.platform.WeirIntegrationTest;
import io.weir.platform.leads.Lead;
import io.weir.platform.leads.LeadManagement;
import io.weir.platform.leads.NewLead;
import jakarta.mail.MessagingException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The failure this issue exists for: the messaging platform changes its API to require one more parameter and rejects
 * Weir's old request with HTTP 200 and an error code. Weir must call it a parameter failure, turn the channel red,
 * deliver the SLA alerts through the next channel and alarm the admins on other channels, each within the alert
 * budget, and lose nothing.
 */
@WeirIntegrationTest
class ContractChangeAlertIT {

    static final Duration BUDGET = Duration.ofSeconds(60);

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @Autowired
    LeadManagement leads;
    @Autowired
    NotificationManagement notifications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void vendorFixesItsApi() {
        VendorSandbox.reset();
        assertThat(notifications.testSend("wecom", "admin").delivered()).isTrue();
        assertThat(state("wecom")).isNotEqualTo(ChannelHealth.State.RED);
    }

    @Test
    void rejectedOldRequestIsClassifiedTurnsWeComRedFallsBackAndAlarmsAdminsWithinTheBudget() throws Exception {
        VendorSandbox.server().stubFor(post(urlPathEqualTo(VendorSandbox.WECOM_SEND)).atPriority(1)
                .withRequestBody(notContaining("\"msg_scene\""))
                .willReturn(okJson("{\"errcode\":40058,\"errmsg\":\"invalid Request Parameter, hint: [msg_scene] required\"}")));
        Lead lead = leads.receive(new NewLead("官网表单", "契约变更客户", "13912340001", "杭州契约公司", "杭州", "标准版", null),
                null, "test").lead();
        await().until(() -> pendingClocks(lead) == 1);

        long attemptsBefore = lastAttemptId();
        long start = System.nanoTime();
        Instant deadlinePassed = lead.responseDueAt().plusSeconds(1);
        clock.set(deadlinePassed);

        // the demo leads' deadlines pass too: whichever alert tries WeCom first meets the changed contract
        long classified = within(() -> failedWeComAttempts(attemptsBefore).size() >= 1, start);
        Attempt failure = failedWeComAttempts(attemptsBefore).get(0);
        assertThat(failure.failureClass()).isEqualTo("PARAMETER");
        assertThat(failure.vendorCode()).isEqualTo("40058");
        assertThat(failure.detail()).contains("msg_scene");

        long red = within(() -> state("wecom") == ChannelHealth.State.RED, start);
        assertThat(notifications.channelHealth()).filteredOn(health -> health.channel().equals("wecom"))
                .singleElement().satisfies(health -> assertThat(health.lastFailure().vendorCode()).isEqualTo("40058"));

        long fellBack = within(() -> deliveredVia(lead).equals(List.of("dingtalk", "dingtalk")), start);
        assertThat(VendorSandbox.dingTalkMessagesContaining(lead.id())).hasSize(2);

        long alarmed = within(() -> adminBellHas("通知渠道故障：wecom")
                && !VendorSandbox.dingTalkMessagesContaining("通知渠道故障：wecom").isEmpty()
                && adminMailHas("通知渠道故障：wecom"), start);

        await().atMost(BUDGET).until(() -> alertsNotDeliveredSince(deadlinePassed) == 0);
        System.out.printf("contract-change: classified %d ms, red %d ms, fallback delivered %d ms, admins alarmed %d ms"
                + " after the deadline (budget %d ms)%n", classified, red, fellBack, alarmed, BUDGET.toMillis());
    }

    /** Waits for the condition and returns the milliseconds since {@code start}; fails past the budget. */
    private static long within(Callable<Boolean> condition, long start) {
        await().atMost(BUDGET).until(condition);
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    private long pendingClocks(Lead lead) {
        return jdbc.sql("SELECT COUNT(*) FROM sla_clock WHERE lead_id = ? AND state = 'PENDING'").param(lead.id())
                .query(Long.class).single();
    }

    record Attempt(String failureClass, String vendorCode, String detail) {
    }

    private List<Attempt> failedWeComAttempts(long afterId) {
        return jdbc.sql("SELECT failure_class, vendor_code, detail FROM alert_attempt"
                        + " WHERE id > ? AND channel = 'wecom' AND outcome = 'FAILED' ORDER BY id")
                .param(afterId)
                .query((rs, n) -> new Attempt(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    private long lastAttemptId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM alert_attempt").query(Long.class).single();
    }

    /** Escalations and alarms raised since the deadline passed (by the test clock) that no channel carried. */
    private long alertsNotDeliveredSince(Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM alert_outbox WHERE created_at >= ? AND state <> 'DELIVERED'")
                .param(Timestamp.from(since)).query(Long.class).single();
    }

    private List<String> deliveredVia(Lead lead) {
        return jdbc.sql("SELECT delivered_via FROM alert_outbox WHERE dedup_key = ? AND state = 'DELIVERED'")
                .param("escalated:" + lead.id()).query(String.class).list();
    }

    private ChannelHealth.State state(String channel) {
        return notifications.channelHealth().stream().filter(health -> health.channel().equals(channel))
                .findFirst().orElseThrow().state();
    }

    private boolean adminBellHas(String title) {
        return notifications.latest("admin", 20).stream().anyMatch(entry -> entry.title().equals(title));
    }

    private boolean adminMailHas(String subject) {
        return Arrays.stream(mail.getReceivedMessages()).anyMatch(message -> {
            try {
                return message.getSubject().equals(subject)
                        && Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals("admin@weir.local"));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}

package io.weir.platform.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.weir.platform.MutableClock;
import io.weir.platform.VendorSandbox;
import io.weir.platform.WeirIntegrationTest;
import io.weir.platform.identity.UserManagement;
import io.weir.platform.leads.FirstResponse;
import io.weir.platform.leads.Lead;
import io.weir.platform.leads.LeadManagement;
import io.weir.platform.leads.LeadStatus;
import io.weir.platform.leads.NewLead;
import io.weir.platform.leads.ResponseChannel;
import io.weir.platform.leads.TimelineEntry;
import io.weir.platform.notifications.NotificationManagement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lead-response SLA end to end on Operaton: response in time, deadline passed (red mark, rep and supervisor told
 * in the app and on WeCom, the first channel of their chains), and recycling to the pool. Time passes by moving the injected clock.
 */
@WeirIntegrationTest
class LeadResponseSlaIT {

    private static final AtomicInteger PHONES = new AtomicInteger(1000);

    @Autowired
    LeadManagement leads;
    @Autowired
    UserManagement users;
    @Autowired
    NotificationManagement notifications;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    Lead newWebsiteLead() {
        String phone = String.format("1370000%04d", PHONES.incrementAndGet());
        Lead lead = leads.receive(new NewLead("官网表单", "SLA测试客户", phone, "上海测试公司", "上海", "标准版", null), null,
                "test").lead();
        await().until(() -> processOf(lead) != null);
        return lead;
    }

    HistoricProcessInstance processOf(Lead lead) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(lead.id())
                .orderByProcessInstanceStartTime().desc().list().stream().findFirst().orElse(null);
    }

    List<String> activitiesOf(Lead lead) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processOf(lead).getId())
                .orderByHistoricActivityInstanceStartTime().asc().list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }

    Lead reload(Lead lead) {
        return leads.find(lead.id()).orElseThrow();
    }

    long notificationsAbout(Lead lead, String recipient) {
        return jdbc.sql("SELECT COUNT(*) FROM in_app_notification WHERE recipient = ? AND dedup_key LIKE ?")
                .params(recipient, "%" + lead.id()).query(Long.class).single();
    }

    /** The WeCom messages about the lead the sandbox received for this person: the first channel that works. */
    List<String> weComMessagesAbout(Lead lead, String userId) {
        return VendorSandbox.weComMessagesTo(userId).stream().map(request -> request.getBodyAsString())
                .filter(body -> body.contains(lead.id())).toList();
    }

    @Test
    void responseInTimeEndsTheProcessAndNothingEscalatesLater() {
        Lead lead = newWebsiteLead();
        clock.advance(Duration.ofMinutes(10));

        leads.respond(lead.id(), new FirstResponse(ResponseChannel.PHONE, "已电话沟通", List.of()),
                users.user(lead.assignee()).orElseThrow());

        await().until(() -> processOf(lead).getEndTime() != null);
        assertThat(activitiesOf(lead)).contains("respond-to-lead", "lead-responded").doesNotContain("escalate-overdue-lead");
        clock.advance(Duration.ofHours(3));
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(3))
                .until(() -> !reload(lead).overdue() && reload(lead).status() == LeadStatus.RESPONDED);
        assertThat(notificationsAbout(lead, lead.assignee())).isZero();
    }

    @Test
    void passedDeadlineMarksTheLeadRedAndTellsRepAndSupervisorOnceInAppAndOnWeCom() {
        Lead lead = newWebsiteLead();

        clock.set(lead.responseDueAt().plusSeconds(1));

        await().until(() -> reload(lead).overdue());
        await().until(() -> notificationsAbout(lead, lead.assignee()) == 1
                && notificationsAbout(lead, "manager.east") == 1);
        await().until(() -> weComMessagesAbout(lead, lead.assignee()).size() == 1
                && weComMessagesAbout(lead, "manager.east").size() == 1);
        assertThat(weComMessagesAbout(lead, "manager.east").get(0)).contains("团队线索超时：A级")
                .as("a card whose button opens the lead").contains("\"msgtype\":\"textcard\"")
                .contains("\"url\":\"http://localhost:8080/leads/" + lead.id() + "\"");
        assertThat(reload(lead).status()).isEqualTo(LeadStatus.OPEN);
        assertThat(activitiesOf(lead)).contains("response-deadline-passed", "escalate-overdue-lead", "lead-escalated");
        assertThat(leads.timeline(lead.id(), users.user("admin").orElseThrow()))
                .extracting(TimelineEntry::kind).contains("ESCALATED");

        clock.advance(Duration.ofSeconds(30));
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(3))
                .until(() -> notificationsAbout(lead, lead.assignee()) == 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sla_clock WHERE lead_id = ? AND kind = 'RESPONSE' AND state = 'FIRED'")
                .param(lead.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void leadStillUnansweredAfterTheRecycleIntervalReturnsToThePoolWhereAnotherRepClaimsIt() {
        Lead lead = newWebsiteLead();
        String firstRep = lead.assignee();
        clock.set(lead.responseDueAt().plusSeconds(1));
        await().until(() -> reload(lead).overdue());

        clock.set(lead.responseDueAt().plus(Duration.ofMinutes(lead.recycleMinutes())).plusSeconds(1));

        await().until(() -> reload(lead).status() == LeadStatus.POOL);
        assertThat(reload(lead).assignee()).isNull();
        await().until(() -> processOf(lead).getEndTime() != null);
        assertThat(activitiesOf(lead)).contains("recycle-deadline-passed", "recycle-lead", "lead-recycled");
        await().until(() -> notificationsAbout(lead, firstRep) == 2);

        String colleague = users.members("east").stream().filter(u -> u.canTakeLeads() && !u.username().equals(firstRep))
                .findFirst().orElseThrow().username();
        Lead claimed = leads.claim(lead.id(), users.user(colleague).orElseThrow());

        assertThat(claimed.status()).isEqualTo(LeadStatus.OPEN);
        assertThat(claimed.assignee()).isEqualTo(colleague);
        assertThat(claimed.overdue()).isFalse();
        assertThat(claimed.responseDueAt()).isAfter(clock.instant());
        await().until(() -> processOf(lead).getEndTime() == null);
    }

    @Test
    void openClocksAndEscalationLatenessAreExposedAsMetrics(@Autowired io.micrometer.core.instrument.MeterRegistry registry) {
        Lead lead = newWebsiteLead();
        clock.set(lead.responseDueAt().plusSeconds(1));
        await().until(() -> reload(lead).overdue());

        await().until(() -> registry.find("weir.sla.escalation.lateness").timer().count() > 0);
        assertThat(registry.find("weir.sla.open.clocks").gauge()).isNotNull();
    }
}

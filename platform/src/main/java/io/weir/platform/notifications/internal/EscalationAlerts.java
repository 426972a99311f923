package io.weir.platform.notifications.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.weir.platform.identity.UserManagement;
import io.weir.platform.sla.LeadEscalated;
import io.weir.platform.sla.LeadRecycled;
import io.weir.platform.notifications.AlertTypes;
import io.weir.platform.notifications.Notification;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the rep and the team's supervisor that a lead is overdue, and the rep when it was recycled. It listens inside
 * the transaction that escalates the lead, so the alerts are recorded exactly when the escalation is. Measures how
 * late after the deadline each escalation is recorded.
 */
@Component
class EscalationAlerts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final AlertRaising alerts;
    private final UserManagement users;
    private final Clock clock;
    private final Timer lateness;

    EscalationAlerts(AlertRaising alerts, UserManagement users, Clock clock, MeterRegistry registry) {
        this.alerts = alerts;
        this.users = users;
        this.clock = clock;
        this.lateness = Timer.builder("weir.sla.escalation.lateness")
                .description("time from a first-response deadline to its escalation reaching the notification channels")
                .publishPercentileHistogram()
                .register(registry);
    }

    @EventListener
    void on(LeadEscalated escalated) {
        lateness.record(Duration.between(escalated.responseDueAt(), clock.instant()).abs());
        String deadline = TIME.format(escalated.responseDueAt());
        if (escalated.assignee() != null) {
            alerts.raise(AlertTypes.ESCALATION_REP, new Notification(escalated.assignee(),
                    "线索已超时：" + escalated.tier() + "级",
                    "您负责的线索已超过首次响应时限（" + deadline + "），请立即跟进。线索编号 " + escalated.leadId(),
                    "escalated:" + escalated.leadId(), leadPage(escalated.leadId())), escalated.responseDueAt());
        }
        if (escalated.teamId() != null) {
            users.team(escalated.teamId()).map(team -> team.supervisor()).filter(s -> s != null && !s.isBlank())
                    .ifPresent(supervisor -> alerts.raise(AlertTypes.ESCALATION_SUPERVISOR, new Notification(supervisor,
                            "团队线索超时：" + escalated.tier() + "级",
                            "销售 " + escalated.assignee() + " 的线索已超过首次响应时限（" + deadline + "）。线索编号 "
                                    + escalated.leadId(),
                            "escalated:" + escalated.leadId(), leadPage(escalated.leadId())),
                            escalated.responseDueAt()));
        }
    }

    @EventListener
    void on(LeadRecycled recycled) {
        if (recycled.previousAssignee() != null) {
            alerts.raise(AlertTypes.RECYCLED, new Notification(recycled.previousAssignee(), "线索已回收至公海",
                    "超时未响应的线索已回收至团队公海。线索编号 " + recycled.leadId(), "recycled:" + recycled.leadId(),
                    leadPage(recycled.leadId())), null);
        }
    }

    /** The lead's page, which the alert's card or link opens. */
    private static String leadPage(Object leadId) {
        return "/leads/" + leadId;
    }
}

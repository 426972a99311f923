package io.weir.platform.notifications.internal;

import io.weir.platform.notifications.AlertSettings;
import io.weir.platform.notifications.AlertTypes;
import io.weir.platform.notifications.DrillReport;
import io.weir.platform.notifications.FailureClass;
import io.weir.platform.notifications.Notification;
import io.weir.platform.notifications.NotificationChannel;
import io.weir.platform.shared.InvalidInput;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A fault-injection drill. The chosen channel fails in-process (every delivery on it, as in a real outage, so the
 * real routing is what gets tested) while a drill alert to the admin who started it travels its chain. The drill
 * times each safeguard against the alert budget: the failure classified with the injected class, the channel's light
 * red, the alert delivered on another channel, and the admins alarmed in the bell and elsewhere. Then the fault is
 * lifted, the injected failures are forgotten by the light, and the report is kept.
 */
@Component
class AlertDrill {

    static final String NOT_CLASSIFIED = "not-classified";
    static final String NOT_RED = "not-red";
    static final String NO_FALLBACK = "no-fallback";
    static final String NO_ALARM = "no-alarm";

    private static final Duration POLL = Duration.ofMillis(20);

    private final ChannelDirectory channels;
    private final FaultInjection faults;
    private final AlertRaising raising;
    private final DrillLog log;
    private final JdbcClient jdbc;
    private final AlertSettings settings;
    private final Clock clock;

    AlertDrill(ChannelDirectory channels, FaultInjection faults, AlertRaising raising, DrillLog log, JdbcClient jdbc,
               AlertSettings settings, Clock clock) {
        this.channels = channels;
        this.faults = faults;
        this.raising = raising;
        this.log = log;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    DrillReport run(String channel, FailureClass failureClass, String initiatedBy) {
        List<String> chain = chainFor(channel);
        String id = UUID.randomUUID().toString();
        Instant startedAt = clock.instant();
        long start = System.nanoTime();
        long budgetMs = settings.budget().toMillis();
        faults.inject(channel, failureClass, id);
        try {
            raising.raiseAlong(chain, AlertTypes.DRILL, new Notification(initiatedBy, "【演练】告警渠道演练",
                    "这是一次告警演练：渠道 " + channel + " 被注入 " + failureClass + " 故障，本消息应由后备渠道送达。",
                    "drill:" + id));
            Long classified = within(start, () -> classified(id, channel, failureClass));
            Long red = within(start, () -> channels.red(channel));
            Long fallback = within(start, () -> deliveredVia(id) != null);
            String alarmKey = AdminAlarm.redAlarmKey(channel, "drill-" + id);
            Long alarm = within(start, () -> adminBellHas(alarmKey) && !alarmChannels(alarmKey).isEmpty());
            List<String> findings = new ArrayList<>();
            addIf(findings, classified == null, NOT_CLASSIFIED);
            addIf(findings, red == null, NOT_RED);
            addIf(findings, fallback == null, NO_FALLBACK);
            addIf(findings, alarm == null, NO_ALARM);
            DrillReport report = new DrillReport(id, channel, failureClass, initiatedBy, startedAt, clock.instant(),
                    budgetMs, classified, red, fallback, deliveredVia(id), alarm, alarmChannels(alarmKey),
                    findings.isEmpty(), findings);
            log.save(report);
            return report;
        } finally {
            faults.clear(channel);
            channels.forgetDrill(channel);
        }
    }

    /**
     * The drilled channel first, then every other channel set up here, healthiest first: the drill tests the
     * safeguards, not a second broken channel.
     */
    private List<String> chainFor(String channel) {
        if (InAppInbox.ID.equals(channel) || channels.channel(channel).isEmpty() || !channels.usable(channel)) {
            throw InvalidInput.of("channel", "notifications.drill.channel-unusable", channel);
        }
        if (channels.red(channel)) {
            throw InvalidInput.of("channel", "notifications.drill.channel-red", channel);
        }
        List<String> chain = new ArrayList<>(List.of(channel));
        channels.all().stream().map(NotificationChannel::id)
                .filter(id -> !id.equals(channel) && !id.equals(InAppInbox.ID) && channels.usable(id))
                .sorted(Comparator.comparing(id -> channels.health(id).state()))
                .forEach(chain::add);
        if (chain.size() < 2) {
            throw InvalidInput.of("channel", "notifications.drill.no-fallback", channel);
        }
        return chain;
    }

    /** Milliseconds since {@code start} until the condition held, or {@code null} if it did not within the budget. */
    private Long within(long start, BooleanSupplier condition) {
        long deadline = start + settings.budget().toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return Duration.ofNanos(System.nanoTime() - start).toMillis();
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private boolean classified(String drillId, String channel, FailureClass failureClass) {
        return jdbc.sql("SELECT COUNT(*) FROM alert_attempt a JOIN alert_outbox o ON o.id = a.alert_id"
                        + " WHERE o.dedup_key = ? AND a.channel = ? AND a.outcome = 'FAILED' AND a.failure_class = ?")
                .params("drill:" + drillId, channel, failureClass.name()).query(Long.class).single() > 0;
    }

    private String deliveredVia(String drillId) {
        return jdbc.sql("SELECT delivered_via FROM alert_outbox WHERE dedup_key = ? AND state = 'DELIVERED'")
                .param("drill:" + drillId).query(String.class).optional().orElse(null);
    }

    private boolean adminBellHas(String alarmKey) {
        return jdbc.sql("SELECT COUNT(*) FROM in_app_notification WHERE dedup_key = ?").param(alarmKey)
                .query(Long.class).single() > 0;
    }

    private List<String> alarmChannels(String alarmKey) {
        return jdbc.sql("SELECT DISTINCT delivered_via FROM alert_outbox WHERE dedup_key = ? AND state = 'DELIVERED'"
                        + " ORDER BY delivered_via")
                .param(alarmKey).query(String.class).list();
    }

    private static void addIf(List<String> findings, boolean missing, String finding) {
        if (missing) {
            findings.add(finding);
        }
    }
}

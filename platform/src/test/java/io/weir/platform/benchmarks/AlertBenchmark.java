package io.weir.platform.benchmarks;

import static org.awaitility.Awaitility.await;

import io.weir.platform.identity.internal.Directory;
import io.weir.platform.leads.LeadManagement;
import io.weir.platform.notifications.AlertTypes;
import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.Notification;
import io.weir.platform.notifications.NotificationChannel;
import io.weir.platform.notifications.NotificationManagement;
import io.weir.platform.notifications.Recipient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * {@code alerts}: alerts while the first channel of their chain is failing (WeCom pointed at a port nobody listens
 * on, so every attempt is a network failure). Part one lets SLA deadlines fall due at a steady rate and measures, per
 * alert, the time from the deadline to its first delivery attempt and to its delivery on the fallback channel (the
 * benchmark's recorder). Part two raises a burst of alerts at once and measures how many the outbox delivers per
 * second; the baseline sends the same alerts the naive way, synchronously in the raising thread, trying WeCom and then
 * the recorder, without outbox, retries or health.
 */
final class AlertBenchmark {

    static final String NAME = "alerts";
    private static final String CHAIN = "wecom,benchmark-recorder";
    private static final Duration FAST_GOAL = Duration.ofMinutes(30);
    private static final Duration MARGIN = Duration.ofSeconds(10);
    private static final long HOUR_MILLIS = 3_600_000L;

    private final int due = Integer.getInteger("weir.benchmark.alerts.due", 6_000);
    private final Duration window = Duration.ofSeconds(Integer.getInteger("weir.benchmark.alerts.window-seconds", 60));
    private final int burst = Integer.getInteger("weir.benchmark.alerts.burst", 20_000);
    private final int producers = Integer.getInteger("weir.benchmark.producers", 4);

    void run(JsonLines out) {
        Map<String, String> failingWeCom = Map.of(
                "weir.notifications.wecom.base-url", "http://127.0.0.1:" + closedPort(),
                "weir.notifications.wecom.corp-id", "ww-benchmark",
                "weir.notifications.wecom.secret", "benchmark-secret",
                "weir.notifications.wecom.agent-id", "1000002",
                "weir.alerts.chains.escalation-rep", CHAIN,
                "weir.alerts.chains.escalation-supervisor", CHAIN,
                "weir.alerts.chains.benchmark-burst", CHAIN);
        try (BenchmarkContext bench = BenchmarkContext.start(NAME, failingWeCom)) {
            BenchSales.hireReps(bench.bean(Directory.class), bench.bean(PasswordEncoder.class), 50, due);
            out.print(deadlines(bench));
            JsonLines.Line outbox = burst(bench);
            JsonLines.Line naive = naive(bench);
            out.print(outbox);
            out.print(naive);
        }
    }

    /** Leads due evenly over the window; every escalation alert tries WeCom first. */
    private JsonLines.Line deadlines(BenchmarkContext bench) {
        LeadManagement intake = bench.bean(LeadManagement.class);
        JdbcClient jdbc = bench.bean(JdbcClient.class);
        Instant firstDue = Instant.now().plus(MARGIN).plusSeconds(due / 200);
        DueSchedule schedule = new DueSchedule(firstDue, window, due);
        Producers.Outcome setup = Producers.run(producers, due, i -> intake.receive(
                BenchSales.lead(i, BenchSales.FAST_SOURCE, schedule.dueAt(i).minus(FAST_GOAL)), "alerts-due-" + i,
                "benchmark"));
        System.err.printf("%d leads due from %s, waiting%n", due, firstDue);
        await().atMost(window.plus(MARGIN).plus(Duration.ofMinutes(3))).pollInterval(Duration.ofSeconds(1))
                .until(() -> settled(jdbc, "escalated:%") && countEscalations(jdbc) >= due);
        Histogram firstAttempt = new Histogram(HOUR_MILLIS, 3);
        Histogram delivered = new Histogram(HOUR_MILLIS, 3);
        List<long[]> rows = jdbc.sql("SELECT o.deadline_at, MIN(a.attempted_at), o.finished_at FROM alert_outbox o"
                        + " JOIN alert_attempt a ON a.alert_id = o.id WHERE o.deadline_at IS NOT NULL"
                        + " GROUP BY o.id, o.deadline_at, o.finished_at")
                .query((rs, n) -> new long[] {rs.getTimestamp(1).getTime(), rs.getTimestamp(2).getTime(),
                        rs.getTimestamp(3).getTime()})
                .list();
        rows.forEach(row -> {
            firstAttempt.recordValue(clamp(row[1] - row[0]));
            delivered.recordValue(clamp(row[2] - row[0]));
        });
        return JsonLines.line(NAME, "deadline-to-attempt").with("failingChannel", "wecom (connection refused)")
                .with("dueLeads", due).with("windowSeconds", window.toSeconds())
                .with("alerts", rows.size()).with("failed", count(jdbc, "FAILED"))
                .with("setupFailures", setup.failures())
                .with("firstAttemptP50Ms", firstAttempt.getValueAtPercentile(50))
                .with("firstAttemptP99Ms", firstAttempt.getValueAtPercentile(99))
                .with("firstAttemptMaxMs", firstAttempt.getMaxValue())
                .with("deliveredP50Ms", delivered.getValueAtPercentile(50))
                .with("deliveredP99Ms", delivered.getValueAtPercentile(99))
                .with("deliveredMaxMs", delivered.getMaxValue());
    }

    /** A burst raised from several threads, each alert in its own transaction, and delivered by the outbox. */
    private JsonLines.Line burst(BenchmarkContext bench) {
        NotificationManagement notifications = bench.bean(NotificationManagement.class);
        JdbcClient jdbc = bench.bean(JdbcClient.class);
        long start = System.nanoTime();
        Producers.Outcome raised = Producers.run(producers, burst, i -> notifications.raise("benchmark-burst",
                new Notification(BenchSales.rep(i, 50), "压测告警 " + i, "压测告警正文 " + i, "burst:" + i)));
        double raiseSeconds = (System.nanoTime() - start) / 1e9;
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> settled(jdbc, "burst:%"));
        double seconds = (System.nanoTime() - start) / 1e9;
        return JsonLines.line(NAME, "weir-outbox").with("alerts", burst).with("producers", producers)
                .with("raiseFailures", raised.failures())
                .with("raisedPerSecond", IntakeBenchmark.round(burst / raiseSeconds))
                .with("seconds", IntakeBenchmark.round(seconds))
                .with("deliveredPerSecond", IntakeBenchmark.round(burst / seconds))
                .with("delivered", jdbc.sql("SELECT COUNT(*) FROM alert_outbox WHERE dedup_key LIKE 'burst:%'"
                        + " AND state = 'DELIVERED'").query(Long.class).single());
    }

    /** The same burst sent synchronously by the raising threads: WeCom, then the recorder when WeCom failed. */
    private JsonLines.Line naive(BenchmarkContext bench) {
        Map<String, NotificationChannel> channels = bench.beans(NotificationChannel.class).values().stream()
                .collect(Collectors.toMap(NotificationChannel::id, channel -> channel));
        NotificationChannel weCom = channels.get("wecom");
        NotificationChannel recorder = channels.get("benchmark-recorder");
        long start = System.nanoTime();
        Producers.Outcome sent = Producers.run(producers, burst, i -> {
            Recipient recipient = new Recipient(BenchSales.rep(i, 50), BenchSales.rep(i, 50), null, null);
            Notification notification = new Notification(recipient.username(), "压测告警 " + i, "压测告警正文 " + i,
                    "naive:" + i);
            DeliveryResult first = weCom.deliver(recipient, notification);
            if (!first.delivered()) {
                recorder.deliver(recipient, notification);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        return JsonLines.line(NAME, "naive-synchronous").with("alerts", burst).with("producers", producers)
                .with("failures", sent.failures()).with("seconds", IntakeBenchmark.round(seconds))
                .with("deliveredPerSecond", IntakeBenchmark.round(burst / seconds))
                .with("durable", false).with("retries", false);
    }

    private static boolean settled(JdbcClient jdbc, String dedupPattern) {
        return jdbc.sql("SELECT COUNT(*) FROM alert_outbox WHERE dedup_key LIKE ? AND state = 'PENDING'")
                .param(dedupPattern).query(Long.class).single() == 0;
    }

    private static long countEscalations(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM alert_outbox WHERE alert_type = ?").param(AlertTypes.ESCALATION_REP)
                .query(Long.class).single();
    }

    private static long count(JdbcClient jdbc, String state) {
        return jdbc.sql("SELECT COUNT(*) FROM alert_outbox WHERE state = ?").param(state).query(Long.class).single();
    }

    private static long clamp(long millis) {
        return Math.min(HOUR_MILLIS, Math.max(0, millis));
    }

    /** A port that was free a moment ago: connecting to it is refused at once, like a vendor host that is down. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.weir.platform.notifications.crash;

import io.weir.platform.PlatformTestApplication;
import io.weir.platform.TestComponentsExcluded;
import io.weir.platform.notifications.Notification;
import io.weir.platform.notifications.NotificationManagement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The process {@link AlertCrashIT} kills: Weir on the database the test names (the embedded default in the test's
 * folder, or PostgreSQL) with WeCom pointed at the test's server. It
 * raises the alerts of every batch up to the one it is given (raising again is a no-op, so earlier batches stay as
 * they are), reports progress on stdout and exits once every alert is delivered, unless it is killed first.
 *
 * <p>Arguments: JDBC URL, user, password, WeCom base URL, last batch, alerts per batch, recipients.
 */
public final class CrashChild {

    static final String CHAIN = "crash-test";
    /** A run whose deliveries stop moving for this long reports what is left instead of waiting forever. */
    static final Duration STUCK_AFTER = Duration.ofSeconds(30);

    private CrashChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        String database = args[0];
        String user = args[1];
        String password = args[2];
        String weComUrl = args[3];
        int lastBatch = Integer.parseInt(args[4]);
        int perBatch = Integer.parseInt(args[5]);
        int recipients = Integer.parseInt(args[6]);
        SpringApplication application = new SpringApplication(PlatformTestApplication.class);
        application.addInitializers(context ->
                context.getBeanFactory().registerSingleton("testComponentsExcluded", new TestComponentsExcluded()));
        ConfigurableApplicationContext context = application.run(
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--server.port=0",
                "--operaton.bpm.job-execution.enabled=false",
                "--weir.notifications.wecom.base-url=" + weComUrl,
                "--weir.notifications.wecom.corp-id=ww-crash",
                "--weir.notifications.wecom.secret=crash-secret",
                "--weir.notifications.wecom.agent-id=1000002",
                "--weir.alerts.chains." + CHAIN + "=wecom",
                "--weir.alerts.lease=2s");
        System.out.println("STARTED");
        NotificationManagement notifications = context.getBean(NotificationManagement.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        for (int batch = 1; batch <= lastBatch; batch++) {
            for (int i = 0; i < perBatch; i++) {
                String key = AlertCrashIT.key(batch, i);
                notifications.raise(CHAIN, new Notification("crash-user-" + (i % recipients), "崩溃测试 " + key,
                        "告警 " + key, key));
            }
        }
        System.out.println("RAISED");
        Instant lastProgress = Instant.now();
        long lastDelivered = -1;
        for (long polls = 1; ; polls++) {
            List<Row> rows = rows(jdbc);
            long delivered = rows.stream().filter(row -> row.state().equals("DELIVERED")).map(Row::key).distinct().count();
            List<String> pending = rows.stream().filter(row -> row.state().equals("PENDING")).map(Row::key).toList();
            if (delivered != lastDelivered) {
                lastDelivered = delivered;
                lastProgress = Instant.now();
            }
            boolean stuck = Duration.between(lastProgress, Instant.now()).compareTo(STUCK_AFTER) > 0;
            if (pending.isEmpty() || stuck) {
                report(jdbc, rows, delivered, stuck ? pending : List.of());
                context.close();
                System.exit(0);
            }
            if (polls % 25 == 0) {
                System.out.println("WAITING " + progress(jdbc));
            }
            Thread.sleep(200);
        }
    }

    /** One outbox row of the test's chain, read with a plain table scan (no index decides what is seen). */
    private record Row(String key, String state) {
    }

    private static List<Row> rows(JdbcClient jdbc) {
        return jdbc.sql("SELECT idempotency_key, state FROM alert_outbox WHERE alert_type = ?").param(CHAIN)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2))).list();
    }

    /**
     * The outcome as the database holds it: keys delivered, rows, bell entries; keys recorded twice and bell entries
     * without an outbox row (neither can happen unless the database lost or duplicated a committed row); rows still
     * pending when progress stopped.
     */
    private static void report(JdbcClient jdbc, List<Row> rows, long delivered, List<String> stuck) {
        List<String> bell = jdbc.sql("SELECT dedup_key FROM in_app_notification WHERE dedup_key LIKE 'crash-%'")
                .query(String.class).list();
        Set<String> recorded = rows.stream().map(row -> row.key().substring(0, row.key().indexOf('|')))
                .collect(Collectors.toSet());
        List<String> twice = rows.stream().collect(Collectors.groupingBy(Row::key, Collectors.counting()))
                .entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
        List<String> notRecorded = bell.stream().filter(key -> !recorded.contains(key)).sorted().toList();
        // anything else the runs raised, such as an admin alarm, is shown, not counted
        List<String> others = jdbc.sql("SELECT alert_type, state, dedup_key FROM alert_outbox WHERE alert_type <> ?")
                .param(CHAIN).query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3))
                .list();
        System.out.println("DELIVERED " + delivered + " OUTBOX " + rows.size() + " BELL " + bell.size());
        System.out.println("KEYS RECORDED TWICE " + twice);
        System.out.println("IN THE BELL WITHOUT OUTBOX ROW " + notRecorded);
        System.out.println("STUCK " + stuck);
        System.out.println("OTHER ALERTS " + others);
        System.out.flush();
    }

    /** What a run that does not finish is waiting for: the outbox by state, and any bell entry the outbox lacks. */
    private static String progress(JdbcClient jdbc) {
        List<String> states = jdbc.sql("SELECT state, COUNT(*), MIN(next_attempt_at) FROM alert_outbox"
                        + " WHERE alert_type = ? GROUP BY state")
                .param(CHAIN).query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2) + " (next " + rs.getTimestamp(3)
                        + ")").list();
        List<String> unrecorded = jdbc.sql("SELECT dedup_key FROM in_app_notification b WHERE dedup_key LIKE 'crash-%'"
                        + " AND NOT EXISTS (SELECT 1 FROM alert_outbox o WHERE o.dedup_key = b.dedup_key) LIMIT 5")
                .query(String.class).list();
        List<String> lastAttempts = jdbc.sql("SELECT outcome, failure_class, vendor_code, detail FROM alert_attempt"
                        + " WHERE outcome <> 'DELIVERED' ORDER BY id DESC LIMIT 3")
                .query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3) + "/"
                        + rs.getString(4)).list();
        return "outbox " + states + ", in the bell but not in the outbox " + unrecorded + ", last failures "
                + lastAttempts + ", now " + java.time.Instant.now();
    }
}

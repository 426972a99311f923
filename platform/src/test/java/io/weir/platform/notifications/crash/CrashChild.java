package io.weir.platform.notifications.crash;

import io.weir.platform.EmbeddedDatabase;
import io.weir.platform.PlatformTestApplication;
import io.weir.platform.TestComponentsExcluded;
import io.weir.platform.notifications.Notification;
import io.weir.platform.notifications.NotificationManagement;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The process {@link AlertCrashIT} kills: Weir on the embedded default database (in the test's folder) with WeCom
 * pointed at the test's server. It
 * raises the alerts of every batch up to the one it is given (raising again is a no-op, so earlier batches stay as
 * they are), reports progress on stdout and exits once every alert is delivered, unless it is killed first.
 *
 * <p>Arguments: database folder, WeCom base URL, last batch, alerts per batch, recipients.
 */
public final class CrashChild {

    static final String CHAIN = "crash-test";

    private CrashChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        String database = args[0];
        String weComUrl = args[1];
        int lastBatch = Integer.parseInt(args[2]);
        int perBatch = Integer.parseInt(args[3]);
        int recipients = Integer.parseInt(args[4]);
        SpringApplication application = new SpringApplication(PlatformTestApplication.class);
        application.addInitializers(context ->
                context.getBeanFactory().registerSingleton("testComponentsExcluded", new TestComponentsExcluded()));
        ConfigurableApplicationContext context = application.run(
                "--spring.datasource.url=" + EmbeddedDatabase.urlIn(Path.of(database)),
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
        int total = lastBatch * perBatch;
        while (true) {
            long delivered = jdbc.sql("SELECT COUNT(*) FROM alert_outbox WHERE state = 'DELIVERED'")
                    .query(Long.class).single();
            if (delivered >= total) {
                long bell = jdbc.sql("SELECT COUNT(*) FROM in_app_notification").query(Long.class).single();
                long rows = jdbc.sql("SELECT COUNT(*) FROM alert_outbox").query(Long.class).single();
                System.out.println("DELIVERED " + delivered + " OUTBOX " + rows + " BELL " + bell);
                System.out.flush();
                context.close();
                System.exit(0);
            }
            Thread.sleep(100);
        }
    }
}

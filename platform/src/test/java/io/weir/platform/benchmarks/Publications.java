package io.weir.platform.benchmarks;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The event publication registry as the benchmarks read it: a lead's clock has started once its publication completed. */
final class Publications {

    private final JdbcClient jdbc;

    Publications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long incomplete() {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class).single();
    }

    /** False if some publication is still incomplete when the time is up. */
    boolean awaitAllCompleted(Duration timeout) {
        try {
            await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                    .until(() -> incomplete() == 0);
            return true;
        } catch (ConditionTimeoutException stillOpen) {
            return false;
        }
    }
}

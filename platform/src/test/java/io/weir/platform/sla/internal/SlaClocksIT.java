package io.weir.platform.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.platform.WeirIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A deadline registered twice in one transaction (an event delivered again) is kept once and spoils nothing. */
@WeirIntegrationTest
class SlaClocksIT {

    @Autowired
    SlaClocks clocks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void registeringTheSameDeadlineAgainIsANoOpAndTheTransactionCarriesOn() {
        String lead = UUID.randomUUID().toString();
        Instant due = Instant.now().plus(4, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS);

        Boolean[] registered = transactions.execute(status -> new Boolean[] {
                clocks.register(lead, ClockKind.RESPONSE, due),
                clocks.register(lead, ClockKind.RESPONSE, due),
                clocks.register(lead, ClockKind.RECYCLE, due)});

        assertThat(registered).containsExactly(true, false, true);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sla_clock WHERE lead_id = ?").param(lead).query(Long.class).single())
                .isEqualTo(2);
    }
}

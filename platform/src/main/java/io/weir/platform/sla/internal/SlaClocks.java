package io.weir.platform.sla.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The durable deadline store. Pending deadlines are read through the (state, due_at) index; a deadline fires only
 * through {@link #claim}, a conditional update, so two sweepers or two nodes can never fire the same one.
 */
@Repository
class SlaClocks {

    record DueClock(String id, String leadId, ClockKind kind, Instant dueAt) {
    }

    private final JdbcClient jdbc;

    SlaClocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Registers a deadline; false if this very deadline was registered before (an event delivered twice). Written as
     * an insert-if-absent, not by catching the duplicate key: on PostgreSQL that error would abort the caller's
     * transaction, and the repeated event could never be completed.
     */
    boolean register(String leadId, ClockKind kind, Instant dueAt) {
        return jdbc.sql("INSERT INTO sla_clock (id, lead_id, kind, due_at, state)"
                        + " SELECT ?, ?, ?, CAST(? AS TIMESTAMP WITH TIME ZONE), 'PENDING' FROM (VALUES (1)) AS one(x)"
                        + " WHERE NOT EXISTS (SELECT 1 FROM sla_clock WHERE lead_id = ? AND kind = ? AND due_at = ?)")
                .params(UUID.randomUUID().toString(), leadId, kind.name(), Timestamp.from(dueAt), leadId, kind.name(),
                        Timestamp.from(dueAt))
                .update() == 1;
    }

    List<DueClock> due(Instant now, int limit) {
        return jdbc.sql("SELECT id, lead_id, kind, due_at FROM sla_clock WHERE state = 'PENDING' AND due_at <= ?"
                        + " ORDER BY due_at LIMIT ?")
                .params(Timestamp.from(now), limit)
                .query((rs, n) -> new DueClock(rs.getString(1), rs.getString(2), ClockKind.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /**
     * The nearest pending deadline up to {@code horizon}. The horizon keeps this a short range read of the
     * (state, due_at) index: an unbounded MIN walks every pending deadline on H2.
     */
    Optional<Instant> nextDue(Instant horizon) {
        List<Timestamp> next = jdbc.sql("SELECT MIN(due_at) FROM sla_clock WHERE state = 'PENDING' AND due_at <= ?")
                .param(Timestamp.from(horizon))
                .query((rs, n) -> rs.getTimestamp(1)).list();
        return next.isEmpty() || next.get(0) == null ? Optional.empty() : Optional.of(next.get(0).toInstant());
    }

    boolean claim(String id, Instant firedAt) {
        return jdbc.sql("UPDATE sla_clock SET state = 'FIRED', fired_at = ? WHERE id = ? AND state = 'PENDING'")
                .params(Timestamp.from(firedAt), id).update() == 1;
    }

    int cancelPending(String leadId) {
        return jdbc.sql("UPDATE sla_clock SET state = 'CANCELLED' WHERE lead_id = ? AND state = 'PENDING'")
                .param(leadId).update();
    }

    long pendingCount() {
        return jdbc.sql("SELECT COUNT(*) FROM sla_clock WHERE state = 'PENDING'").query(Long.class).single();
    }
}

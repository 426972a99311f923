package io.weir.platform.notifications.internal;

import io.weir.platform.notifications.DeliveryResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The durable alert outbox. An alert is inserted once per idempotency key (a second raise of the same alert is a
 * no-op, without an error that would spoil the raising transaction) and is sent only through {@link #claim}, a
 * conditional update that also pushes its next attempt one lease ahead: a sender that dies mid-send leaves the alert
 * due again once the lease runs out, and no two senders hold it at once.
 */
@Repository
class AlertOutbox {

    enum State { PENDING, DELIVERED, FAILED }

    record NewAlert(String idempotencyKey, String alertType, String recipient, String title, String body,
                    String dedupKey, String link, List<String> chain, Instant deadlineAt) {
    }

    record PendingAlert(String id, String alertType, String recipient, String title, String body, String dedupKey,
                        String link, List<String> chain, int position, int attempts, Instant createdAt,
                        Instant deadlineAt, Instant budgetEndsAt, Instant nextAttemptAt) {

        String channel() {
            return position < chain.size() ? chain.get(position) : null;
        }
    }

    // PostgreSQL types a parameter in a select list as text unless told otherwise
    private static final String TIME = "CAST(? AS TIMESTAMP WITH TIME ZONE)";
    private static final String COLUMNS = "id, alert_type, recipient, title, body, dedup_key, link, chain,"
            + " chain_position, attempts, created_at, deadline_at, budget_ends_at, next_attempt_at";

    private final JdbcClient jdbc;

    AlertOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an alert unless one with the same key exists; true when this call recorded it. */
    boolean enqueue(NewAlert alert, Instant now, Instant budgetEndsAt) {
        return jdbc.sql("INSERT INTO alert_outbox (id, idempotency_key, alert_type, recipient, title, body, dedup_key,"
                        + " link, chain, chain_position, channel, attempts, state, created_at, deadline_at,"
                        + " budget_ends_at, next_attempt_at) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 0, 'PENDING', "
                        + TIME + ", " + TIME + ", " + TIME + ", " + TIME
                        + " FROM (VALUES (1)) AS one(x)"
                        + " WHERE NOT EXISTS (SELECT 1 FROM alert_outbox WHERE idempotency_key = ?)")
                .params(UUID.randomUUID().toString(), alert.idempotencyKey(), alert.alertType(), alert.recipient(),
                        clip(alert.title(), 200), clip(alert.body(), 2000), alert.dedupKey(), alert.link(),
                        String.join(",", alert.chain()), alert.chain().get(0), Timestamp.from(now),
                        alert.deadlineAt() == null ? null : Timestamp.from(alert.deadlineAt()),
                        Timestamp.from(budgetEndsAt), Timestamp.from(now), alert.idempotencyKey())
                .update() == 1;
    }

    List<PendingAlert> due(Instant now, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_outbox WHERE state = 'PENDING' AND next_attempt_at <= ?"
                        + " ORDER BY next_attempt_at LIMIT ?")
                .params(Timestamp.from(now), limit)
                .query(AlertOutbox::pending).list();
    }

    Optional<Instant> nextDue() {
        List<Timestamp> next = jdbc.sql("SELECT MIN(next_attempt_at) FROM alert_outbox WHERE state = 'PENDING'")
                .query((rs, n) -> rs.getTimestamp(1)).list();
        return next.isEmpty() || next.get(0) == null ? Optional.empty() : Optional.of(next.get(0).toInstant());
    }

    /** Takes the alert for one send; false when another sender took it first or it changed since it was read. */
    boolean claim(PendingAlert alert, Instant leaseEnds) {
        return jdbc.sql("UPDATE alert_outbox SET next_attempt_at = ? WHERE id = ? AND state = 'PENDING'"
                        + " AND next_attempt_at = ? AND chain_position = ? AND attempts = ?")
                .params(Timestamp.from(leaseEnds), alert.id(), Timestamp.from(alert.nextAttemptAt()), alert.position(),
                        alert.attempts())
                .update() == 1;
    }

    void recordAttempt(String alertId, DeliveryResult result, Instant at) {
        String outcome = result.delivered() ? "DELIVERED" : result.skipped() ? "SKIPPED" : "FAILED";
        jdbc.sql("INSERT INTO alert_attempt (alert_id, channel, attempted_at, outcome, failure_class, vendor_code, detail)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(alertId, result.channel(), Timestamp.from(at), outcome,
                        result.failureClass() == null ? null : result.failureClass().name(),
                        clip(result.vendorCode(), 60), clip(result.detail(), 1000))
                .update();
    }

    void delivered(String alertId, String channel, Instant at) {
        jdbc.sql("UPDATE alert_outbox SET state = 'DELIVERED', delivered_via = ?, finished_at = ? WHERE id = ?")
                .params(channel, Timestamp.from(at), alertId).update();
    }

    /** Leaves the alert on the channel at {@code position} until {@code nextAttemptAt}. */
    void retryLater(PendingAlert alert, int position, int attempts, Instant nextAttemptAt) {
        jdbc.sql("UPDATE alert_outbox SET chain_position = ?, channel = ?, attempts = ?, next_attempt_at = ? WHERE id = ?")
                .params(position, alert.chain().get(position), attempts, Timestamp.from(nextAttemptAt), alert.id())
                .update();
    }

    void moveTo(PendingAlert alert, int position, Instant nextAttemptAt) {
        String channel = position < alert.chain().size() ? alert.chain().get(position) : null;
        jdbc.sql("UPDATE alert_outbox SET chain_position = ?, channel = ?, attempts = 0, next_attempt_at = ? WHERE id = ?")
                .params(position, channel, Timestamp.from(nextAttemptAt), alert.id()).update();
    }

    /** Other alerts for the same person due now: the ones a digest may carry along. */
    List<PendingAlert> dueFor(PendingAlert alert, Instant now, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_outbox WHERE recipient = ? AND state = 'PENDING'"
                        + " AND id <> ? AND next_attempt_at <= ? ORDER BY created_at LIMIT ?")
                .params(alert.recipient(), alert.id(), Timestamp.from(now), limit)
                .query(AlertOutbox::pending).list();
    }

    void failed(String alertId, Instant at) {
        jdbc.sql("UPDATE alert_outbox SET state = 'FAILED', finished_at = ? WHERE id = ?")
                .params(Timestamp.from(at), alertId).update();
    }

    long count(State state) {
        return jdbc.sql("SELECT COUNT(*) FROM alert_outbox WHERE state = ?").param(state.name())
                .query(Long.class).single();
    }

    private static PendingAlert pending(ResultSet rs, int row) throws SQLException {
        Timestamp deadline = rs.getTimestamp("deadline_at");
        return new PendingAlert(rs.getString("id"), rs.getString("alert_type"), rs.getString("recipient"),
                rs.getString("title"), rs.getString("body"), rs.getString("dedup_key"), rs.getString("link"),
                Arrays.asList(rs.getString("chain").split(",")), rs.getInt("chain_position"), rs.getInt("attempts"),
                rs.getTimestamp("created_at").toInstant(), deadline == null ? null : deadline.toInstant(),
                rs.getTimestamp("budget_ends_at").toInstant(), rs.getTimestamp("next_attempt_at").toInstant());
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

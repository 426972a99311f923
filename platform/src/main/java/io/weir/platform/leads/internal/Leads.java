package io.weir.platform.leads.internal;

import io.weir.platform.identity.WeirUser;
import io.weir.platform.leads.FirstResponse;
import io.weir.platform.leads.Lead;
import io.weir.platform.leads.LeadQuery;
import io.weir.platform.leads.LeadResponseFact;
import io.weir.platform.leads.LeadStatus;
import io.weir.platform.leads.TimelineEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Leads, their responses and timelines in the database; every read for a user applies that user's visibility. */
@Repository
public class Leads {

    private static final String COLUMNS = "id, source_channel, contact_name, phone, company, region, product_interest, "
            + "received_at, tier, goal, policy_version, response_due_at, recycle_minutes, team_id, assignee, status, "
            + "overdue, first_response_at";

    private final JdbcClient jdbc;

    Leads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Lead lead, String idempotencyKey, String requestHash, String createdBy) {
        insert(lead, lead.assignee(), idempotencyKey, requestHash, createdBy);
    }

    /** A lead whose outcome is known: {@code lastAssignee} is the rep who had it, even when it ended in the pool. */
    void insertClosed(Lead lead, String lastAssignee, String requestHash, String createdBy) {
        insert(lead, lastAssignee, null, requestHash, createdBy);
    }

    private void insert(Lead lead, String lastAssignee, String idempotencyKey, String requestHash, String createdBy) {
        jdbc.sql("INSERT INTO lead (" + COLUMNS + ", last_assignee, idempotency_key, request_hash, created_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(lead.id(), lead.sourceChannel(), lead.contactName(), lead.phone(), lead.company(),
                        lead.region(), lead.productInterest(), ts(lead.receivedAt()), lead.tier(), lead.goal(),
                        lead.policyVersion(), ts(lead.responseDueAt()), lead.recycleMinutes(), lead.teamId(),
                        lead.assignee(), lead.status().name(), lead.overdue(), ts(lead.firstResponseAt()),
                        lastAssignee, idempotencyKey, requestHash, createdBy)
                .update();
    }

    record IdempotentRequest(String leadId, String requestHash) {
    }

    Optional<IdempotentRequest> byIdempotencyKey(String key) {
        return jdbc.sql("SELECT id, request_hash FROM lead WHERE idempotency_key = ?").param(key)
                .query((rs, n) -> new IdempotentRequest(rs.getString(1), rs.getString(2))).optional();
    }

    public Optional<Lead> byId(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lead WHERE id = ?").param(id).query(Leads::lead).optional();
    }

    Optional<Lead> byIdForUpdate(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lead WHERE id = ? FOR UPDATE").param(id).query(Leads::lead).optional();
    }

    boolean markResponded(String id, Instant at) {
        return jdbc.sql("UPDATE lead SET status = 'RESPONDED', first_response_at = ? WHERE id = ? AND status = 'OPEN'")
                .params(ts(at), id).update() == 1;
    }

    boolean markOverdue(String id) {
        return jdbc.sql("UPDATE lead SET overdue = TRUE WHERE id = ? AND status = 'OPEN' AND overdue = FALSE")
                .param(id).update() == 1;
    }

    boolean moveToPool(String id) {
        return jdbc.sql("UPDATE lead SET status = 'POOL', assignee = NULL WHERE id = ? AND status = 'OPEN'")
                .param(id).update() == 1;
    }

    void assign(String id, String assignee, Instant responseDueAt, int policyVersion, int recycleMinutes) {
        jdbc.sql("UPDATE lead SET status = 'OPEN', assignee = ?, last_assignee = ?, overdue = FALSE, "
                        + "response_due_at = ?, policy_version = ?, recycle_minutes = ? WHERE id = ?")
                .params(assignee, assignee, ts(responseDueAt), policyVersion, recycleMinutes, id).update();
    }

    void reassign(String id, String assignee) {
        jdbc.sql("UPDATE lead SET assignee = ?, last_assignee = ? WHERE id = ?").params(assignee, assignee, id).update();
    }

    void insertResponse(String leadId, Instant at, String channel, String note, String tags, String responder) {
        jdbc.sql("INSERT INTO lead_response (lead_id, responded_at, channel, note, tags, responder) VALUES (?, ?, ?, ?, ?, ?)")
                .params(leadId, ts(at), channel, note, tags, responder).update();
    }

    /** The timeline's text of a response: channel, tags, note. */
    static String describe(FirstResponse response) {
        return response.channel().name() + (response.tags().isEmpty() ? "" : " · " + String.join("、", response.tags()))
                + (response.note() == null || response.note().isBlank() ? "" : " · " + response.note());
    }

    void appendTimeline(String leadId, Instant at, String kind, String actor, String detail) {
        jdbc.sql("INSERT INTO lead_event (lead_id, occurred_at, kind, actor, detail) VALUES (?, ?, ?, ?, ?)")
                .params(leadId, ts(at), kind, actor, detail).update();
    }

    public List<TimelineEntry> timeline(String leadId) {
        return jdbc.sql("SELECT occurred_at, kind, actor, detail FROM lead_event WHERE lead_id = ? ORDER BY occurred_at, id")
                .param(leadId)
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    int claimsOn(String username, java.time.LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM pool_claim WHERE username = ? AND claimed_on = ?")
                .params(username, day).query(Integer.class).single();
    }

    void recordClaim(String leadId, String username, java.time.LocalDate day, Instant at) {
        jdbc.sql("INSERT INTO pool_claim (lead_id, username, claimed_on, claimed_at) VALUES (?, ?, ?, ?)")
                .params(leadId, username, day, ts(at)).update();
    }

    public List<Lead> find(WeirUser viewer, LeadQuery query, int offset, int limit) {
        Where where = where(viewer, query);
        return jdbc.sql("SELECT " + COLUMNS + " FROM lead WHERE " + where.sql
                        + " ORDER BY response_due_at, id LIMIT ? OFFSET ?")
                .params(append(where.params, limit, offset)).query(Leads::lead).list();
    }

    public int count(WeirUser viewer, LeadQuery query) {
        Where where = where(viewer, query);
        return jdbc.sql("SELECT COUNT(*) FROM lead WHERE " + where.sql).params(where.params).query(Integer.class).single();
    }

    public List<LeadResponseFact> receivedBetween(Instant from, Instant to) {
        return jdbc.sql("SELECT id, team_id, last_assignee, tier, received_at, response_due_at, first_response_at,"
                        + " overdue FROM lead WHERE received_at >= ? AND received_at < ?")
                .params(ts(from), ts(to))
                .query((rs, n) -> new LeadResponseFact(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), instant(rs, 5), instant(rs, 6), instant(rs, 7), rs.getBoolean(8)))
                .list();
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(WeirUser viewer, LeadQuery query) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        switch (viewer.role()) {
            case REP -> {
                sql.append("(assignee = ? OR (status = 'POOL' AND team_id = ?))");
                params.add(viewer.username());
                params.add(viewer.teamId());
            }
            case MANAGER -> {
                sql.append("team_id = ?");
                params.add(viewer.teamId());
            }
            case ADMIN, AUDITOR -> sql.append("1 = 1");
        }
        if (!query.statuses().isEmpty()) {
            sql.append(" AND status IN (").append(placeholders(query.statuses().size())).append(")");
            query.statuses().stream().map(LeadStatus::name).sorted().forEach(params::add);
        }
        if (!query.tiers().isEmpty()) {
            sql.append(" AND tier IN (").append(placeholders(query.tiers().size())).append(")");
            query.tiers().stream().sorted().forEach(params::add);
        }
        if (query.overdueOnly()) {
            sql.append(" AND overdue = TRUE");
        }
        if (query.assignee() != null && !query.assignee().isBlank()) {
            sql.append(" AND assignee = ?");
            params.add(query.assignee());
        }
        if (query.text() != null && !query.text().isBlank()) {
            sql.append(" AND (contact_name LIKE ? OR company LIKE ? OR phone LIKE ?)");
            String like = "%" + query.text().trim().replace("%", "").replace("_", "") + "%";
            params.add(like);
            params.add(like);
            params.add(like);
        }
        return new Where(sql.toString(), params);
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static List<Object> append(List<Object> params, Object... more) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(List.of(more));
        return all;
    }

    private static Lead lead(ResultSet rs, int row) throws SQLException {
        return new Lead(rs.getString("id"), rs.getString("source_channel"), rs.getString("contact_name"),
                rs.getString("phone"), rs.getString("company"), rs.getString("region"),
                rs.getString("product_interest"), instant(rs, "received_at"), rs.getString("tier"),
                rs.getString("goal"), rs.getInt("policy_version"), instant(rs, "response_due_at"),
                rs.getInt("recycle_minutes"), rs.getString("team_id"), rs.getString("assignee"),
                LeadStatus.valueOf(rs.getString("status")), rs.getBoolean("overdue"),
                instant(rs, "first_response_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}

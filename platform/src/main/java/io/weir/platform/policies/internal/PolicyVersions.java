package io.weir.platform.policies.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.weir.platform.policies.PolicyPublication;
import io.weir.platform.policies.RuleChange;
import io.weir.platform.policies.WorkingCalendar;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Published policy versions: the DMN text, the calendar, and the publish record. Versions are never changed. */
@Repository
class PolicyVersions {

    record StoredVersion(int version, String dmnXml, WorkingCalendar calendar) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    PolicyVersions(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<StoredVersion> latest() {
        return jdbc.sql("SELECT version, dmn_xml, calendar_json FROM policy_version ORDER BY version DESC LIMIT 1")
                .query((rs, n) -> new StoredVersion(rs.getInt(1), rs.getString(2), calendar(rs.getString(3))))
                .optional();
    }

    Optional<StoredVersion> version(int version) {
        return jdbc.sql("SELECT version, dmn_xml, calendar_json FROM policy_version WHERE version = ?").param(version)
                .query((rs, n) -> new StoredVersion(rs.getInt(1), rs.getString(2), calendar(rs.getString(3))))
                .optional();
    }

    void insert(int version, String dmnXml, WorkingCalendar calendar, Instant at, String by, List<RuleChange> changes) {
        jdbc.sql("INSERT INTO policy_version (version, dmn_xml, calendar_json, published_at, published_by, changes_json)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(version, dmnXml, write(calendar), Timestamp.from(at), by, write(changes))
                .update();
    }

    List<PolicyPublication> history() {
        return jdbc.sql("SELECT version, published_at, published_by, changes_json FROM policy_version ORDER BY version DESC")
                .query((rs, n) -> new PolicyPublication(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        changes(rs.getString(4))))
                .list();
    }

    private WorkingCalendar calendar(String text) {
        try {
            return json.readValue(text, WorkingCalendar.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored calendar is not readable", e);
        }
    }

    private List<RuleChange> changes(String text) {
        try {
            return json.readValue(text, new TypeReference<List<RuleChange>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored change list is not readable", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.weir.platform.notifications.internal;

import io.weir.platform.notifications.DrillReport;
import io.weir.platform.notifications.FailureClass;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every drill's report, newest first. */
@Repository
class DrillLog {

    private final JdbcClient jdbc;

    DrillLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(DrillReport report) {
        jdbc.sql("INSERT INTO alert_drill (id, channel, failure_class, initiated_by, started_at, finished_at, budget_ms,"
                        + " classified_ms, red_ms, fallback_ms, fallback_via, alarm_ms, alarm_channels, passed, findings)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(report.id(), report.channel(), report.failureClass().name(), report.initiatedBy(),
                        Timestamp.from(report.startedAt()), Timestamp.from(report.finishedAt()), report.budgetMs(),
                        report.classifiedMs(), report.redMs(), report.fallbackMs(), report.fallbackVia(),
                        report.alarmMs(), String.join(",", report.alarmChannels()), report.passed(),
                        String.join(",", report.findings()))
                .update();
    }

    List<DrillReport> latest(int limit) {
        return jdbc.sql("SELECT * FROM alert_drill ORDER BY started_at DESC LIMIT ?").param(limit)
                .query(DrillLog::report).list();
    }

    private static DrillReport report(ResultSet rs, int row) throws SQLException {
        return new DrillReport(rs.getString("id"), rs.getString("channel"),
                FailureClass.valueOf(rs.getString("failure_class")), rs.getString("initiated_by"),
                rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("finished_at").toInstant(),
                rs.getLong("budget_ms"), nullableLong(rs, "classified_ms"), nullableLong(rs, "red_ms"),
                nullableLong(rs, "fallback_ms"), rs.getString("fallback_via"), nullableLong(rs, "alarm_ms"),
                split(rs.getString("alarm_channels")), rs.getBoolean("passed"), split(rs.getString("findings")));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
    }
}

package io.weir.platform.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Channel settings saved from the UI, one row per channel with a version that counts saves, and every save as a
 * change. The secrets arrive sealed; this class never sees them in plain text.
 */
@Repository
class SavedChannelSettings {

    record Saved(String channel, String plainValues, String sealedSecrets, int version, String updatedBy,
                 Instant updatedAt) {
    }

    record Change(String channel, int version, String changedBy, Instant changedAt, String changedFields,
                  String sandboxCheck) {
    }

    private final JdbcClient jdbc;

    SavedChannelSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Saved> find(String channel) {
        return jdbc.sql("SELECT channel, plain_values, sealed_secrets, version, updated_by, updated_at"
                        + " FROM channel_settings WHERE channel = ?")
                .param(channel)
                .query((rs, n) -> new Saved(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .optional();
    }

    /**
     * Stores the settings as version {@code expectedVersion + 1}; false when the stored version is no longer
     * {@code expectedVersion} (another admin saved in between), and then nothing changed.
     */
    boolean save(String channel, String plainValues, String sealedSecrets, int expectedVersion, String by,
                 Instant at) {
        if (expectedVersion == 0) {
            return jdbc.sql("INSERT INTO channel_settings (channel, plain_values, sealed_secrets, version, updated_by,"
                            + " updated_at) SELECT ?, ?, ?, 1, ?, CAST(? AS TIMESTAMP WITH TIME ZONE)"
                            + " FROM (VALUES (1)) AS one(x)"
                            + " WHERE NOT EXISTS (SELECT 1 FROM channel_settings WHERE channel = ?)")
                    .params(channel, plainValues, sealedSecrets, by, Timestamp.from(at), channel)
                    .update() == 1;
        }
        return jdbc.sql("UPDATE channel_settings SET plain_values = ?, sealed_secrets = ?, version = version + 1,"
                        + " updated_by = ?, updated_at = ? WHERE channel = ? AND version = ?")
                .params(plainValues, sealedSecrets, by, Timestamp.from(at), channel, expectedVersion)
                .update() == 1;
    }

    void recordChange(Change change) {
        jdbc.sql("INSERT INTO channel_settings_change (channel, version, changed_by, changed_at, changed_fields,"
                        + " sandbox_check) VALUES (?, ?, ?, ?, ?, ?)")
                .params(change.channel(), change.version(), change.changedBy(), Timestamp.from(change.changedAt()),
                        clip(change.changedFields(), 1000), clip(change.sandboxCheck(), 4000))
                .update();
    }

    List<Change> changes(String channel, int limit) {
        return jdbc.sql("SELECT channel, version, changed_by, changed_at, changed_fields, sandbox_check"
                        + " FROM channel_settings_change WHERE channel = ? ORDER BY version DESC LIMIT ?")
                .params(channel, limit)
                .query((rs, n) -> new Change(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6)))
                .list();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

package io.weir.platform.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The addresses admins set for people on channels whose accounts are not Weir usernames. */
@Repository
class ChannelAddresses {

    record Stored(String address, String updatedBy, Instant updatedAt) {
    }

    private final JdbcClient jdbc;

    ChannelAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's addresses by channel, in one look-up: it runs for every delivery. */
    Map<String, String> of(String username) {
        return jdbc.sql("SELECT channel, address FROM channel_address WHERE username = ?").param(username)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Map<String, Stored> all(String channel) {
        return jdbc.sql("SELECT username, address, updated_by, updated_at FROM channel_address WHERE channel = ?")
                .param(channel)
                .query((rs, n) -> Map.entry(rs.getString(1), new Stored(rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant())))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Sets the address, or removes it when {@code address} is null (the username is used again). */
    void set(String username, String channel, String address, String by, Instant at) {
        jdbc.sql("DELETE FROM channel_address WHERE username = ? AND channel = ?").params(username, channel).update();
        if (address != null) {
            jdbc.sql("INSERT INTO channel_address (username, channel, address, updated_by, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .params(username, channel, address, by, Timestamp.from(at)).update();
        }
    }
}

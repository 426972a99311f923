package io.weir.platform.leads.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The manager-editable lists: source channels and key-node response tags. */
@Repository
public class Catalog {

    private final JdbcClient jdbc;

    Catalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<String> sourceChannels() {
        return new LinkedHashSet<>(jdbc.sql("SELECT name FROM source_channel ORDER BY position, name")
                .query(String.class).list());
    }

    public List<String> responseTags() {
        return jdbc.sql("SELECT name FROM response_tag ORDER BY position, name").query(String.class).list();
    }

    public void addSourceChannel(String name) {
        jdbc.sql("INSERT INTO source_channel (name, position) SELECT ?, COALESCE(MAX(position), 0) + 1 FROM source_channel")
                .param(name).update();
    }

    public void addResponseTag(String name) {
        jdbc.sql("INSERT INTO response_tag (name, position) SELECT ?, COALESCE(MAX(position), 0) + 1 FROM response_tag")
                .param(name).update();
    }
}

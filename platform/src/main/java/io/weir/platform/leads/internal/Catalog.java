package io.weir.platform.leads.internal;

import io.weir.platform.shared.InvalidInput;
import java.util.Collection;
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

    /** Adds a source channel at the end; refuses a blank, overlong, quoted or already listed name. */
    public void addSourceChannel(String name) {
        String checked = checkedName(name, sourceChannels());
        jdbc.sql("INSERT INTO source_channel (name, position) SELECT ?, COALESCE(MAX(position), 0) + 1 FROM source_channel")
                .param(checked).update();
    }

    public void addResponseTag(String name) {
        String checked = checkedName(name, responseTags());
        jdbc.sql("INSERT INTO response_tag (name, position) SELECT ?, COALESCE(MAX(position), 0) + 1 FROM response_tag")
                .param(checked).update();
    }

    /** Names end up in decision tables as string literals and in comma-separated tag lists: no quotes, no commas. */
    private static String checkedName(String name, Collection<String> existing) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw InvalidInput.of("name", "field.required");
        }
        if (trimmed.length() > 40) {
            throw InvalidInput.of("name", "field.too-long", 40);
        }
        if (trimmed.contains("\"") || trimmed.contains(",")) {
            throw InvalidInput.of("name", "catalog.name.invalid");
        }
        if (existing.contains(trimmed)) {
            throw InvalidInput.of("name", "catalog.name.taken", trimmed);
        }
        return trimmed;
    }
}

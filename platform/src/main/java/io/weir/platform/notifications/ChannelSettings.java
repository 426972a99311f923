package io.weir.platform.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A channel's settings in force, as the settings form shows them: plain values, and only whether each secret is set.
 *
 * @param version 0 while the settings come from the configuration files and environment; counts saves in the UI
 * @param updatedBy who saved the settings in force, {@code null} at version 0
 * @param history the latest saves, newest first
 */
public record ChannelSettings(String channel, List<SettingField> fields, Map<String, String> values,
                              Set<String> secretsSet, int version, String updatedBy, Instant updatedAt,
                              List<Change> history) {

    /** One save: who, when, which settings it changed (secrets by name only) and what the sandbox check said. */
    public record Change(int version, String changedBy, Instant changedAt, String changedFields, String sandboxCheck) {
    }
}

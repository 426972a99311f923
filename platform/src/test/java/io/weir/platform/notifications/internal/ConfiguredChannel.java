package io.weir.platform.notifications.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A channel as the configuration files set it up, remembered before a test edits its settings and put back after it,
 * so the tests sharing the Spring context find it unchanged.
 */
record ConfiguredChannel(ConfigurableChannel channel, SettingValues configured) {

    static ConfiguredChannel remember(List<ConfigurableChannel> channels, String id) {
        ConfigurableChannel channel = channels.stream().filter(candidate -> candidate.id().equals(id)).findFirst()
                .orElseThrow();
        Map<String, String> values = new LinkedHashMap<>(channel.settingValues());
        values.values().removeIf(Objects::isNull);
        return new ConfiguredChannel(channel, new SettingValues(values));
    }

    /** As a node that has read only its files: the saved settings out of force, not forgotten. */
    void forgetSavedSettingsInForce() {
        channel.apply(configured);
    }

    /** Removes every saved setting and its history, and puts the files' settings back in force. */
    void restore(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM channel_settings").update();
        jdbc.sql("DELETE FROM channel_settings_change").update();
        channel.apply(configured);
    }
}

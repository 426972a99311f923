package io.weir.platform.notifications.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.weir.platform.notifications.ChannelSettings;
import io.weir.platform.notifications.SandboxCheck;
import io.weir.platform.notifications.SettingField;
import io.weir.platform.shared.Conflict;
import io.weir.platform.shared.InvalidInput;
import io.weir.platform.shared.NotFound;
import io.weir.platform.shared.SecretBox;
import io.weir.platform.shared.Violations;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Edits channel settings at run time. A save is checked field by field, then against the vendor (the sandbox check),
 * and only then stored, with its secrets sealed, and put in force; a refused save changes nothing. Settings saved
 * here take precedence over the configuration files, on this node at once and on every other node within the
 * refresh interval. An empty secret in an edit keeps the secret in force.
 */
@Service
public class ChannelSettingsEditor implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChannelSettingsEditor.class);
    private static final int HISTORY = 10;

    private final Map<String, ConfigurableChannel> channels;
    private final SavedChannelSettings saved;
    private final ChannelDirectory directory;
    private final SecretBox secrets;
    private final ObjectMapper json;
    private final Clock clock;
    private final MessageSource messages;
    private final Map<String, Integer> versionsInForce = new ConcurrentHashMap<>();
    private volatile boolean running;

    ChannelSettingsEditor(List<ConfigurableChannel> channels, SavedChannelSettings saved, ChannelDirectory directory,
                          SecretBox secrets, ObjectMapper json, Clock clock, MessageSource messages) {
        this.messages = messages;
        this.channels = channels.stream().collect(Collectors.toMap(ConfigurableChannel::id, channel -> channel,
                (a, b) -> a, TreeMap::new));
        this.saved = saved;
        this.directory = directory;
        this.secrets = secrets;
        this.json = json;
        this.clock = clock;
    }

    public Set<String> editableChannels() {
        return channels.keySet();
    }

    public ChannelSettings settings(String channelId) {
        ConfigurableChannel channel = channel(channelId);
        Map<String, String> values = new LinkedHashMap<>();
        java.util.Set<String> secretsSet = new java.util.TreeSet<>();
        Map<String, String> inForce = channel.settingValues();
        for (SettingField field : channel.settingFields()) {
            String value = inForce.get(field.name());
            if (!field.secret()) {
                values.put(field.name(), value == null ? "" : value);
            } else if (value != null && !value.isBlank()) {
                secretsSet.add(field.name());
            }
        }
        var row = saved.find(channelId);
        List<ChannelSettings.Change> history = saved.changes(channelId, HISTORY).stream()
                .map(change -> new ChannelSettings.Change(change.version(), change.changedBy(), change.changedAt(),
                        change.changedFields(), change.sandboxCheck()))
                .toList();
        return new ChannelSettings(channelId, channel.settingFields(), values, secretsSet,
                row.map(SavedChannelSettings.Saved::version).orElse(0),
                row.map(SavedChannelSettings.Saved::updatedBy).orElse(null),
                row.map(SavedChannelSettings.Saved::updatedAt).orElse(null), history);
    }

    /** Runs the sandbox check on the edited settings without saving them. */
    public SandboxCheck check(String channelId, Map<String, String> edited) {
        ConfigurableChannel channel = channel(channelId);
        SettingValues values = validated(channel, edited);
        return channel.configures(values.values()) ? channel.sandboxCheck(values) : new SandboxCheck(channelId, List.of());
    }

    /**
     * Saves the edited settings over version {@code expectedVersion} (the one the form showed) and puts them in force
     * after commit. Refused with the field and reason when a value is malformed, the vendor refuses them, or another
     * admin saved in between.
     */
    @Transactional
    public ChannelSettings save(String channelId, Map<String, String> edited, int expectedVersion, String by) {
        ConfigurableChannel channel = channel(channelId);
        SettingValues values = validated(channel, edited);
        SandboxCheck check = channel.configures(values.values()) ? channel.sandboxCheck(values)
                : new SandboxCheck(channelId, List.of());
        if (!check.passed()) {
            Violations refused = new Violations();
            check.steps().stream().filter(step -> !step.passed()).forEach(step -> {
                if (step.reasonKey() != null) {
                    refused.add(step.field(), step.reasonKey(), step.reasonArgs().toArray());
                } else {
                    refused.add(step.field(), "notifications.settings.sandbox-failed", step.call(),
                            step.vendorCode() == null ? String.valueOf(step.failureClass()) : step.vendorCode(),
                            step.detail() == null ? "" : step.detail());
                }
            });
            refused.throwIfAny();
        }
        return store(channel, values, check, expectedVersion, by);
    }

    /**
     * Switches the channel off over version {@code expectedVersion}: every setting is cleared (an empty secret in an
     * edit keeps the secret, so this is the way to drop them), and the channel skips every delivery from then on.
     */
    @Transactional
    public ChannelSettings switchOff(String channelId, int expectedVersion, String by) {
        ConfigurableChannel channel = channel(channelId);
        return store(channel, new SettingValues(Map.of()), new SandboxCheck(channelId, List.of()), expectedVersion, by);
    }

    private ChannelSettings store(ConfigurableChannel channel, SettingValues values, SandboxCheck check,
                                  int expectedVersion, String by) {
        String channelId = channel.id();
        Instant now = clock.instant();
        Map<String, String> secretValues = secretsOf(channel, values);
        if (!secretValues.isEmpty() && !secrets.available()) {
            throw InvalidInput.of(secretValues.keySet().iterator().next(), "notifications.settings.no-secrets-key");
        }
        String sealed = secretValues.isEmpty() ? "" : secrets.seal(toJson(secretValues));
        if (!saved.save(channelId, toJson(plainOf(channel, values)), sealed, expectedVersion, by, now)) {
            throw new Conflict("notifications.settings.conflict", channelId);
        }
        int version = expectedVersion + 1;
        saved.recordChange(new SavedChannelSettings.Change(channelId, version, by, now,
                String.join(", ", changedFields(channel, values)), summary(check)));
        afterCommit(() -> putInForce(channel, values, version));
        return settingsAfterSave(channel, values, version, by, now);
    }

    private ChannelSettings settingsAfterSave(ConfigurableChannel channel, SettingValues values, int version, String by,
                                              Instant at) {
        ChannelSettings before = settings(channel.id());
        Map<String, String> plain = new LinkedHashMap<>(plainOf(channel, values));
        plain.replaceAll((name, value) -> value == null ? "" : value);
        return new ChannelSettings(channel.id(), channel.settingFields(), plain, secretsOf(channel, values).keySet(),
                version, by, at, before.history());
    }

    /** Loads what other nodes (or an earlier run) saved; cheap enough to poll, as it reads one small row per channel. */
    @Scheduled(fixedDelayString = "${weir.alerts.settings-refresh:30s}", initialDelayString = "${weir.alerts.settings-refresh:30s}")
    public void refresh() {
        for (ConfigurableChannel channel : channels.values()) {
            saved.find(channel.id())
                    .filter(row -> row.version() != versionsInForce.getOrDefault(channel.id(), 0))
                    .ifPresent(row -> load(channel, row));
        }
    }

    private void load(ConfigurableChannel channel, SavedChannelSettings.Saved row) {
        try {
            Map<String, String> values = new LinkedHashMap<>(fromJson(row.plainValues()));
            if (!row.sealedSecrets().isEmpty()) {
                values.putAll(fromJson(secrets.open(row.sealedSecrets())));
            }
            putInForce(channel, new SettingValues(withoutNulls(values)), row.version());
        } catch (SecretBox.SecretUnreadable | IllegalStateException unreadable) {
            // logged once per version: the configuration-file settings stay in force meanwhile
            versionsInForce.put(channel.id(), row.version());
            log.error("the saved settings of channel {} (version {}) cannot be opened: {}. WEIR_SECRETS_KEY must be the"
                    + " key they were sealed with; the settings from the configuration stay in force", channel.id(),
                    row.version(), unreadable.getMessage());
        }
    }

    private void putInForce(ConfigurableChannel channel, SettingValues values, int version) {
        channel.apply(values);
        versionsInForce.put(channel.id(), version);
        directory.settingsChanged(channel.id());
        log.info("channel {} settings version {} in force", channel.id(), version);
    }

    /** The settings in force with the edit laid over them, checked field by field. */
    private SettingValues validated(ConfigurableChannel channel, Map<String, String> edited) {
        Map<String, SettingField> fields = channel.settingFields().stream()
                .collect(Collectors.toMap(SettingField::name, field -> field));
        Violations violations = new Violations();
        edited.keySet().stream().filter(name -> !fields.containsKey(name))
                .forEach(name -> violations.add(name, "notifications.settings.unknown", channel.id()));
        violations.throwIfAny();
        Map<String, String> merged = new LinkedHashMap<>(channel.settingValues());
        edited.forEach((name, value) -> {
            boolean keepSecret = fields.get(name).secret() && (value == null || value.isBlank());
            if (!keepSecret) {
                merged.put(name, value == null ? null : value.trim());
            }
        });
        SettingValues values = new SettingValues(withoutNulls(merged));
        if (channel.configures(values.values())) {
            channel.validate(values, violations);
        }
        violations.throwIfAny();
        return values;
    }

    private static Map<String, String> withoutNulls(Map<String, String> values) {
        Map<String, String> present = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value != null) {
                present.put(name, value);
            }
        });
        return present;
    }

    private static Map<String, String> secretsOf(ConfigurableChannel channel, SettingValues values) {
        Map<String, String> found = new TreeMap<>();
        channel.settingFields().stream().filter(SettingField::secret).filter(field -> values.isSet(field.name()))
                .forEach(field -> found.put(field.name(), values.text(field.name())));
        return found;
    }

    private static Map<String, String> plainOf(ConfigurableChannel channel, SettingValues values) {
        Map<String, String> found = new LinkedHashMap<>();
        channel.settingFields().stream().filter(field -> !field.secret())
                .forEach(field -> found.put(field.name(), values.text(field.name())));
        return found;
    }

    private static List<String> changedFields(ConfigurableChannel channel, SettingValues values) {
        Map<String, String> inForce = channel.settingValues();
        return channel.settingFields().stream().map(SettingField::name)
                .filter(name -> !Objects.equals(blankToNull(inForce.get(name)), values.text(name)))
                .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The check as the change history keeps it: in English, like the logs, whoever saved. */
    private String summary(SandboxCheck check) {
        return check.steps().isEmpty() ? "channel switched off: no check"
                : check.steps().stream().map(step -> step.call() + ": " + (step.passed() ? "ok" : "failed") + " ("
                + wording(step, Locale.ENGLISH) + ")").collect(Collectors.joining("; "));
    }

    /** What a step says, in {@code locale} where Weir worded it, else as the vendor did. */
    public String wording(SandboxCheck.Step step, Locale locale) {
        return step.reasonKey() == null ? String.valueOf(step.detail())
                : messages.getMessage(step.reasonKey(), step.reasonArgs().toArray(), step.reasonKey(), locale);
    }

    private ConfigurableChannel channel(String channelId) {
        ConfigurableChannel channel = channels.get(channelId);
        if (channel == null) {
            throw new NotFound("notifications.settings.no-such-channel", channelId);
        }
        return channel;
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    private String toJson(Map<String, String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private Map<String, String> fromJson(String text) {
        try {
            return json.readValue(text, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("unreadable saved settings", unreadable);
        }
    }

    /** Saved settings are in force before the first alert is dispatched. */
    @Override
    public void start() {
        refresh();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 200;
    }
}

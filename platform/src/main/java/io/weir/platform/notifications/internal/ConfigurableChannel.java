package io.weir.platform.notifications.internal;

import io.weir.platform.notifications.SandboxCheck;
import io.weir.platform.notifications.SettingField;
import io.weir.platform.shared.Violations;
import java.util.List;
import java.util.Map;

/**
 * A channel whose settings an admin edits at run time. Values travel as text by setting name; the channel checks
 * them, asks its vendor about them without sending anyone a message, and puts them in force.
 */
public interface ConfigurableChannel {

    String id();

    List<SettingField> settingFields();

    /** The settings in force, secrets included; they never leave the notifications module. */
    Map<String, String> settingValues();

    /** Whether these values switch the channel on; values that leave it off are saved without a sandbox check. */
    boolean configures(Map<String, String> values);

    /** What is missing or malformed, by setting name, before any vendor is asked. */
    void validate(SettingValues values, Violations violations);

    /** Read-only vendor calls (or the recorded contract) with the candidate values; nothing is sent to anyone. */
    SandboxCheck sandboxCheck(SettingValues values);

    /** Puts valid values in force for every delivery from now on. */
    void apply(SettingValues values);
}

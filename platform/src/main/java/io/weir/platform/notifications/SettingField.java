package io.weir.platform.notifications;

/**
 * One setting of a channel as the admin edits it. A secret is never shown again once saved; leaving it empty keeps
 * the one in force.
 *
 * @param name the setting's name, also its message key suffix in the UI
 */
public record SettingField(String name, boolean secret, boolean required) {

    public static SettingField plain(String name, boolean required) {
        return new SettingField(name, false, required);
    }

    public static SettingField secret(String name) {
        return new SettingField(name, true, true);
    }
}

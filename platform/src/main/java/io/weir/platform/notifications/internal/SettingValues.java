package io.weir.platform.notifications.internal;

import io.weir.platform.shared.Violations;
import java.net.URI;
import java.util.Map;

/** Candidate settings as text by name, with the checks every channel's form needs. */
public record SettingValues(Map<String, String> values) {

    public SettingValues {
        values = Map.copyOf(values);
    }

    public String text(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public boolean isSet(String name) {
        return text(name) != null;
    }

    public URI uri(String name) {
        return isSet(name) ? URI.create(text(name)) : null;
    }

    /** The number, or {@code null} when unset or not a number ({@link #requireNumber} reports the latter). */
    public Integer integer(String name) {
        try {
            return isSet(name) ? Integer.valueOf(text(name)) : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    public void requireText(String name, Violations violations) {
        if (!isSet(name)) {
            violations.add(name, "notifications.settings.required");
        }
    }

    /** An absolute http(s) address, such as the vendor's API host or a private gateway in front of it. */
    public void requireUrl(String name, Violations violations) {
        if (!isSet(name)) {
            violations.add(name, "notifications.settings.required");
            return;
        }
        try {
            URI uri = new URI(text(name));
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                violations.add(name, "notifications.settings.url");
            }
        } catch (java.net.URISyntaxException malformed) {
            violations.add(name, "notifications.settings.url");
        }
    }

    /** A whole number from {@code min} to {@code max}. */
    public void requireNumber(String name, long min, long max, Violations violations) {
        if (!isSet(name)) {
            violations.add(name, "notifications.settings.required");
            return;
        }
        try {
            long number = Long.parseLong(text(name));
            if (number < min || number > max) {
                violations.add(name, "notifications.settings.range", min, max);
            }
        } catch (NumberFormatException notANumber) {
            violations.add(name, "notifications.settings.range", min, max);
        }
    }

    /** Matches the vendor's documented format; {@code example} shows the admin what is expected. */
    public void requirePattern(String name, String pattern, String example, Violations violations) {
        if (!isSet(name)) {
            violations.add(name, "notifications.settings.required");
        } else if (!text(name).matches(pattern)) {
            violations.add(name, "notifications.settings.format", example);
        }
    }
}

package io.weir.platform.notifications.internal;

import io.weir.platform.notifications.SettingField;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A vendor channel's typed settings, as the settings form edits them. */
public interface VendorSettings<S extends VendorSettings<S>> {

    /** The settings an admin edits, in the form's order. */
    List<SettingField> fields();

    /** The values by setting name, secrets included. */
    Map<String, String> values();

    /** These settings with the edited values; what the form does not edit stays as configured. */
    S with(SettingValues edited);

    /** Whether the channel is switched on; without its identifying setting it skips every delivery. */
    boolean configured();

    Duration timeout();
}

package io.weir.platform.notifications.internal.wecom;

import io.weir.platform.notifications.SettingField;
import io.weir.platform.notifications.internal.SettingValues;
import io.weir.platform.notifications.internal.VendorSettings;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code weir.notifications.wecom-robot.*}: a WeCom (企业微信) group robot. Its webhook key is a credential: it comes
 * from the environment ({@code WEIR_NOTIFICATIONS_WECOM_ROBOT_KEY}) or the settings dialog, never from the repository.
 * Without a key the channel reports itself unconfigured and skips.
 */
@ConfigurationProperties("weir.notifications.wecom-robot")
public record WeComRobotSettings(URI baseUrl, String key, Duration timeout) implements VendorSettings<WeComRobotSettings> {

    private static final List<SettingField> FIELDS = List.of(SettingField.secret("key"),
            SettingField.plain("baseUrl", true));

    public WeComRobotSettings {
        baseUrl = baseUrl == null ? URI.create("https://qyapi.weixin.qq.com") : baseUrl;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }

    @Override
    public List<SettingField> fields() {
        return FIELDS;
    }

    @Override
    public boolean configured() {
        return key != null && !key.isBlank();
    }

    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("key", key);
        values.put("baseUrl", baseUrl.toString());
        return values;
    }

    @Override
    public WeComRobotSettings with(SettingValues edited) {
        return new WeComRobotSettings(edited.uri("baseUrl"), edited.text("key"), timeout);
    }
}

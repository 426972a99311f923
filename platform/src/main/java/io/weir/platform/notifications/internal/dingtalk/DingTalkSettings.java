package io.weir.platform.notifications.internal.dingtalk;

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
 * {@code weir.notifications.dingtalk.*}: a DingTalk (钉钉) custom group robot in signed mode. Token and signing secret
 * come from the environment ({@code WEIR_NOTIFICATIONS_DINGTALK_ACCESS_TOKEN}, {@code ..._SECRET}), never from the
 * repository. Without an access token the channel reports itself unconfigured and skips.
 */
@ConfigurationProperties("weir.notifications.dingtalk")
public record DingTalkSettings(URI baseUrl, String accessToken, String secret, Duration timeout)
        implements VendorSettings<DingTalkSettings> {

    public DingTalkSettings {
        baseUrl = baseUrl == null ? URI.create("https://oapi.dingtalk.com") : baseUrl;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }

    private static final List<SettingField> FIELDS = List.of(SettingField.secret("accessToken"), SettingField.secret("secret"),
            SettingField.plain("baseUrl", true));

    @Override
    public List<SettingField> fields() {
        return FIELDS;
    }

    @Override
    public boolean configured() {
        return accessToken != null && !accessToken.isBlank();
    }

    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("accessToken", accessToken);
        values.put("secret", secret);
        values.put("baseUrl", baseUrl.toString());
        return values;
    }

    /** These settings with the edited values; the timeout stays as configured. */
    @Override
    public DingTalkSettings with(SettingValues edited) {
        return new DingTalkSettings(edited.uri("baseUrl"), edited.text("accessToken"), edited.text("secret"), timeout);
    }
}

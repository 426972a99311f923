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
 * {@code weir.notifications.wecom.*}: the WeCom (企业微信) self-built application that sends alerts. The secret comes
 * from the environment ({@code WEIR_NOTIFICATIONS_WECOM_SECRET}), never from a file in the repository. Without a corp
 * id the channel reports itself unconfigured and skips.
 *
 * @param baseUrl the API host; the vendor's by default, a local contract server in tests
 * @param agentId the application's AgentId, as shown in the WeCom admin console
 * @param timeout connect and read timeout of each call
 */
@ConfigurationProperties("weir.notifications.wecom")
public record WeComSettings(URI baseUrl, String corpId, String secret, Integer agentId, Duration timeout)
        implements VendorSettings<WeComSettings> {

    public WeComSettings {
        baseUrl = baseUrl == null ? URI.create("https://qyapi.weixin.qq.com") : baseUrl;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }

    private static final List<SettingField> FIELDS = List.of(SettingField.plain("corpId", true), SettingField.secret("secret"),
            SettingField.plain("agentId", true), SettingField.plain("baseUrl", true));

    @Override
    public List<SettingField> fields() {
        return FIELDS;
    }

    @Override
    public boolean configured() {
        return corpId != null && !corpId.isBlank();
    }

    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("corpId", corpId);
        values.put("secret", secret);
        values.put("agentId", agentId == null ? null : agentId.toString());
        values.put("baseUrl", baseUrl.toString());
        return values;
    }

    /** These settings with the edited values; the timeout stays as configured. */
    @Override
    public WeComSettings with(SettingValues edited) {
        return new WeComSettings(edited.uri("baseUrl"), edited.text("corpId"), edited.text("secret"),
                edited.integer("agentId"), timeout);
    }
}

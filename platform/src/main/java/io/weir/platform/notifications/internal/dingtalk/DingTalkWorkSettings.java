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
 * {@code weir.notifications.dingtalk-work.*}: a DingTalk (钉钉) internal app that sends work notifications (工作通知)
 * to a person. The AppSecret comes from the environment ({@code WEIR_NOTIFICATIONS_DINGTALK_WORK_APP_SECRET}) or the
 * settings dialog. Without an AppKey the channel reports itself unconfigured and skips.
 */
@ConfigurationProperties("weir.notifications.dingtalk-work")
public record DingTalkWorkSettings(URI baseUrl, String appKey, String appSecret, Long agentId, Duration timeout)
        implements VendorSettings<DingTalkWorkSettings> {

    private static final List<SettingField> FIELDS = List.of(SettingField.plain("appKey", true),
            SettingField.secret("appSecret"), SettingField.plain("agentId", true), SettingField.plain("baseUrl", true));

    public DingTalkWorkSettings {
        baseUrl = baseUrl == null ? URI.create("https://oapi.dingtalk.com") : baseUrl;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }

    @Override
    public List<SettingField> fields() {
        return FIELDS;
    }

    @Override
    public boolean configured() {
        return appKey != null && !appKey.isBlank();
    }

    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("appKey", appKey);
        values.put("appSecret", appSecret);
        values.put("agentId", agentId == null ? null : agentId.toString());
        values.put("baseUrl", baseUrl.toString());
        return values;
    }

    @Override
    public DingTalkWorkSettings with(SettingValues edited) {
        Long agent;
        try {
            agent = edited.isSet("agentId") ? Long.valueOf(edited.text("agentId")) : null;
        } catch (NumberFormatException notANumber) {
            agent = null;
        }
        return new DingTalkWorkSettings(edited.uri("baseUrl"), edited.text("appKey"), edited.text("appSecret"), agent,
                timeout);
    }
}

package io.weir.platform.notifications.internal.sms;

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
 * {@code weir.notifications.tencent-sms.*}: Tencent Cloud SMS (SendSms, API version 2021-01-11) with an approved
 * signature and a template taking two parameters: the alert title and the lead reference. The SecretKey comes from the
 * environment ({@code WEIR_NOTIFICATIONS_TENCENT_SMS_SECRET_KEY}). Without a SecretId the channel skips.
 */
@ConfigurationProperties("weir.notifications.tencent-sms")
public record TencentSmsSettings(URI endpoint, String secretId, String secretKey, String region, String sdkAppId,
                                 String signName, String templateId, int perPhoneHourlyLimit, Duration timeout)
        implements VendorSettings<TencentSmsSettings> {

    public TencentSmsSettings {
        endpoint = endpoint == null ? URI.create("https://sms.tencentcloudapi.com") : endpoint;
        region = region == null || region.isBlank() ? "ap-guangzhou" : region;
        perPhoneHourlyLimit = perPhoneHourlyLimit <= 0 ? 5 : perPhoneHourlyLimit;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }

    private static final List<SettingField> FIELDS = List.of(SettingField.plain("secretId", true),
            SettingField.secret("secretKey"), SettingField.plain("sdkAppId", true), SettingField.plain("signName", true),
            SettingField.plain("templateId", true), SettingField.plain("region", true),
            SettingField.plain("perPhoneHourlyLimit", true), SettingField.plain("endpoint", true));

    @Override
    public List<SettingField> fields() {
        return FIELDS;
    }

    @Override
    public boolean configured() {
        return secretId != null && !secretId.isBlank();
    }

    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("secretId", secretId);
        values.put("secretKey", secretKey);
        values.put("sdkAppId", sdkAppId);
        values.put("signName", signName);
        values.put("templateId", templateId);
        values.put("region", region);
        values.put("perPhoneHourlyLimit", Integer.toString(perPhoneHourlyLimit));
        values.put("endpoint", endpoint.toString());
        return values;
    }

    /** These settings with the edited values; the timeout stays as configured. */
    @Override
    public TencentSmsSettings with(SettingValues edited) {
        return new TencentSmsSettings(edited.uri("endpoint"), edited.text("secretId"), edited.text("secretKey"),
                edited.text("region"), edited.text("sdkAppId"), edited.text("signName"), edited.text("templateId"),
                edited.isSet("perPhoneHourlyLimit") ? edited.integer("perPhoneHourlyLimit") : 0, timeout);
    }
}

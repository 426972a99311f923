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
 * {@code weir.notifications.aliyun-sms.*}: Aliyun SMS (SendSms, API version 2017-05-25) with an approved signature and
 * template. The template takes the parameters {@code title} and {@code lead}. The AccessKey secret comes from the
 * environment ({@code WEIR_NOTIFICATIONS_ALIYUN_SMS_ACCESS_KEY_SECRET}). Without an AccessKey id the channel skips.
 *
 * @param perPhoneHourlyLimit at most this many messages per phone number and hour, Weir's own cap below the vendor's
 */
@ConfigurationProperties("weir.notifications.aliyun-sms")
public record AliyunSmsSettings(URI endpoint, String accessKeyId, String accessKeySecret, String signName,
                                String templateCode, int perPhoneHourlyLimit, Duration timeout)
        implements VendorSettings<AliyunSmsSettings> {

    public AliyunSmsSettings {
        endpoint = endpoint == null ? URI.create("https://dysmsapi.aliyuncs.com") : endpoint;
        perPhoneHourlyLimit = perPhoneHourlyLimit <= 0 ? 5 : perPhoneHourlyLimit;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }

    private static final List<SettingField> FIELDS = List.of(SettingField.plain("accessKeyId", true),
            SettingField.secret("accessKeySecret"), SettingField.plain("signName", true),
            SettingField.plain("templateCode", true), SettingField.plain("perPhoneHourlyLimit", true),
            SettingField.plain("endpoint", true));

    @Override
    public List<SettingField> fields() {
        return FIELDS;
    }

    @Override
    public boolean configured() {
        return accessKeyId != null && !accessKeyId.isBlank();
    }

    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("accessKeyId", accessKeyId);
        values.put("accessKeySecret", accessKeySecret);
        values.put("signName", signName);
        values.put("templateCode", templateCode);
        values.put("perPhoneHourlyLimit", Integer.toString(perPhoneHourlyLimit));
        values.put("endpoint", endpoint.toString());
        return values;
    }

    /** These settings with the edited values; the timeout stays as configured. */
    @Override
    public AliyunSmsSettings with(SettingValues edited) {
        return new AliyunSmsSettings(edited.uri("endpoint"), edited.text("accessKeyId"), edited.text("accessKeySecret"),
                edited.text("signName"), edited.text("templateCode"),
                edited.isSet("perPhoneHourlyLimit") ? edited.integer("perPhoneHourlyLimit") : 0, timeout);
    }
}

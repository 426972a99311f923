package io.weir.platform.notifications.internal.sms;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code weir.notifications.tencent-sms.*}: Tencent Cloud SMS (SendSms, API version 2021-01-11) with an approved
 * signature and a template taking two parameters: the alert title and the lead reference. The SecretKey comes from the
 * environment ({@code WEIR_NOTIFICATIONS_TENCENT_SMS_SECRET_KEY}). Without a SecretId the channel skips.
 */
@ConfigurationProperties("weir.notifications.tencent-sms")
public record TencentSmsSettings(URI endpoint, String secretId, String secretKey, String region, String sdkAppId,
                                 String signName, String templateId, int perPhoneHourlyLimit, Duration timeout) {

    public TencentSmsSettings {
        endpoint = endpoint == null ? URI.create("https://sms.tencentcloudapi.com") : endpoint;
        region = region == null || region.isBlank() ? "ap-guangzhou" : region;
        perPhoneHourlyLimit = perPhoneHourlyLimit <= 0 ? 5 : perPhoneHourlyLimit;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }

    boolean configured() {
        return secretId != null && !secretId.isBlank();
    }
}

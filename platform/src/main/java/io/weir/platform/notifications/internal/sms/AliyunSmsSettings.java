package io.weir.platform.notifications.internal.sms;

import java.net.URI;
import java.time.Duration;
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
                                String templateCode, int perPhoneHourlyLimit, Duration timeout) {

    public AliyunSmsSettings {
        endpoint = endpoint == null ? URI.create("https://dysmsapi.aliyuncs.com") : endpoint;
        perPhoneHourlyLimit = perPhoneHourlyLimit <= 0 ? 5 : perPhoneHourlyLimit;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }

    boolean configured() {
        return accessKeyId != null && !accessKeyId.isBlank();
    }
}

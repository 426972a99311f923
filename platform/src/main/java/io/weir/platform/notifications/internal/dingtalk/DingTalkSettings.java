package io.weir.platform.notifications.internal.dingtalk;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code weir.notifications.dingtalk.*}: a DingTalk (钉钉) custom group robot in signed mode. Token and signing secret
 * come from the environment ({@code WEIR_NOTIFICATIONS_DINGTALK_ACCESS_TOKEN}, {@code ..._SECRET}), never from the
 * repository. Without an access token the channel reports itself unconfigured and skips.
 */
@ConfigurationProperties("weir.notifications.dingtalk")
public record DingTalkSettings(URI baseUrl, String accessToken, String secret, Duration timeout) {

    public DingTalkSettings {
        baseUrl = baseUrl == null ? URI.create("https://oapi.dingtalk.com") : baseUrl;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }

    boolean configured() {
        return accessToken != null && !accessToken.isBlank();
    }
}

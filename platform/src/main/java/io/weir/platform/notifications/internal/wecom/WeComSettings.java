package io.weir.platform.notifications.internal.wecom;

import java.net.URI;
import java.time.Duration;
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
public record WeComSettings(URI baseUrl, String corpId, String secret, Integer agentId, Duration timeout) {

    public WeComSettings {
        baseUrl = baseUrl == null ? URI.create("https://qyapi.weixin.qq.com") : baseUrl;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }

    boolean configured() {
        return corpId != null && !corpId.isBlank();
    }
}

package io.weir.platform.notifications.internal.dingtalk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed mode of DingTalk custom robots: {@code sign} is the URL-encoded Base64 of HmacSHA256 over
 * "timestamp\nsecret", keyed with the secret; the timestamp is in milliseconds and must be within an hour of the
 * server's clock.
 */
final class DingTalkSignature {

    private DingTalkSignature() {
    }

    static String sign(long timestampMillis, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return URLEncoder.encode(Base64.getEncoder().encodeToString(digest), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

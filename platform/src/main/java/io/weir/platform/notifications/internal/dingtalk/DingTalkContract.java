package io.weir.platform.notifications.internal.dingtalk;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The recorded contract of a signed custom-robot webhook, as DingTalk's page documents it: {@code access_token}, a
 * millisecond {@code timestamp} within an hour of the vendor's clock, and {@code sign}, the URL-encoded Base64 of a
 * 32-byte HmacSHA256. It stands in for a read-only call, which DingTalk does not offer for custom robots.
 */
final class DingTalkContract {

    private static final long HOUR_MILLIS = 3_600_000L;

    private DingTalkContract() {
    }

    static List<String> violations(URI webhook, long now, String secret) {
        Map<String, String> query = query(webhook);
        List<String> violations = new ArrayList<>();
        if (!webhook.getPath().endsWith("/robot/send")) {
            violations.add("path: /robot/send expected");
        }
        if (query.getOrDefault("access_token", "").isBlank()) {
            violations.add("access_token: missing");
        }
        if (secret == null || !secret.startsWith("SEC")) {
            violations.add("secret: the signed mode's secret starts with SEC");
        }
        String timestamp = query.getOrDefault("timestamp", "");
        if (!timestamp.matches("\\d{13}") || Math.abs(Long.parseLong(timestamp) - now) > HOUR_MILLIS) {
            violations.add("timestamp: milliseconds within an hour of now expected");
        }
        if (!isHmacSha256(query.getOrDefault("sign", ""))) {
            violations.add("sign: Base64 of a 32-byte HmacSHA256 expected");
        }
        return violations;
    }

    private static boolean isHmacSha256(String sign) {
        try {
            return Base64.getDecoder().decode(sign).length == 32;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                query.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }
}

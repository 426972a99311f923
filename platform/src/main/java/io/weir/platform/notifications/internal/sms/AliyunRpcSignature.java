package io.weir.platform.notifications.internal.sms;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.SortedMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Aliyun's RPC-style request signature (SignatureVersion 1.0): parameters sorted by name and percent-encoded per RFC
 * 3986, "GET&%2F&" + the encoded query, HMAC-SHA1 keyed with "secret&", Base64.
 */
final class AliyunRpcSignature {

    private AliyunRpcSignature() {
    }

    static String canonicalQuery(SortedMap<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> percentEncode(e.getKey()) + "=" + percentEncode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String sign(String httpMethod, SortedMap<String, String> parameters, String accessKeySecret) {
        String stringToSign = httpMethod + "&" + percentEncode("/") + "&" + percentEncode(canonicalQuery(parameters));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((accessKeySecret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }

    /** RFC 3986: Java's form encoding, with space as %20, '*' encoded and '~' kept. */
    static String percentEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }
}

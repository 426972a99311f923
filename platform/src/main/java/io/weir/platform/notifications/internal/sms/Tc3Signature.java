package io.weir.platform.notifications.internal.sms;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tencent Cloud API signature v3 (TC3-HMAC-SHA256) for a JSON POST to "/": canonical request over content-type and
 * host, string to sign with the UTC date scope, key derived through date, service and "tc3_request".
 */
final class Tc3Signature {

    static final String ALGORITHM = "TC3-HMAC-SHA256";
    static final String SIGNED_HEADERS = "content-type;host";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private Tc3Signature() {
    }

    /** The value of the Authorization header. */
    static String authorization(String secretId, String secretKey, String service, String host, String contentType,
                                String payload, Instant timestamp) {
        String date = DATE.format(timestamp);
        String canonicalRequest = "POST\n/\n\n" + "content-type:" + contentType + "\nhost:" + host + "\n\n"
                + SIGNED_HEADERS + "\n" + sha256Hex(payload);
        String scope = date + "/" + service + "/tc3_request";
        String stringToSign = ALGORITHM + "\n" + timestamp.getEpochSecond() + "\n" + scope + "\n"
                + sha256Hex(canonicalRequest);
        byte[] key = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, service);
        key = hmac(key, "tc3_request");
        String signature = HexFormat.of().formatHex(hmac(key, stringToSign));
        return ALGORITHM + " Credential=" + secretId + "/" + scope + ", SignedHeaders=" + SIGNED_HEADERS
                + ", Signature=" + signature;
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

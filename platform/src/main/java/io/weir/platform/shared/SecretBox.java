package io.weir.platform.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals secrets kept in the database (vendor credentials entered in the UI) with AES-256-GCM under a key that comes
 * from the environment ({@code WEIR_SECRETS_KEY}, 32 bytes in Base64), never from the database or the repository. A
 * sealed value read with another key, or altered, does not open. Without a key nothing can be sealed.
 */
@Component
public class SecretBox {

    private static final String FORMAT = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public SecretBox(@Value("${weir.secrets.key:}") String base64Key) {
        this.key = base64Key == null || base64Key.isBlank() ? null : keyOf(base64Key.trim());
    }

    private static SecretKey keyOf(String base64Key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("weir.secrets.key (WEIR_SECRETS_KEY) must be Base64", notBase64);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("weir.secrets.key (WEIR_SECRETS_KEY) must be 32 bytes in Base64, e.g. the"
                    + " output of: openssl rand -base64 32; it has " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** Whether a key is set, so secrets can be sealed and opened here. */
    public boolean available() {
        return key != null;
    }

    public String seal(String plaintext) {
        requireKey();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return FORMAT + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("AES-GCM is not available", impossible);
        }
    }

    /** The plaintext; {@link SecretUnreadable} when the value was sealed with another key or altered. */
    public String open(String sealed) {
        requireKey();
        if (sealed == null || !sealed.startsWith(FORMAT)) {
            throw new SecretUnreadable("not a sealed value");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(FORMAT.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException wrongKeyOrAltered) {
            throw new SecretUnreadable("sealed with another key, or altered");
        }
    }

    private void requireKey() {
        if (key == null) {
            throw new IllegalStateException("no secrets key: set WEIR_SECRETS_KEY (openssl rand -base64 32)");
        }
    }

    /** A sealed value that does not open with this key. */
    public static class SecretUnreadable extends RuntimeException {

        public SecretUnreadable(String reason) {
            super(reason);
        }
    }
}

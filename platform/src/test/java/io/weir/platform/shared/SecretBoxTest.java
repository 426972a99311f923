package io.weir.platform.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    static final String OTHER_KEY = Base64.getEncoder().encodeToString("another key of thirty-two bytes!".getBytes());

    @Test
    void aSealedSecretOpensWithTheSameKeyAndDoesNotShowThePlaintext() {
        SecretBox box = new SecretBox(KEY);

        String sealed = box.seal("corp-secret-值");

        assertThat(sealed).doesNotContain("corp-secret").startsWith("v1:");
        assertThat(box.open(sealed)).isEqualTo("corp-secret-值");
        assertThat(box.seal("corp-secret-值")).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void aSecretDoesNotOpenWithAnotherKeyOrAfterItWasAltered() {
        String sealed = new SecretBox(KEY).seal("corp-secret");
        char[] altered = sealed.toCharArray();
        altered[10] = altered[10] == 'A' ? 'B' : 'A';

        assertThatThrownBy(() -> new SecretBox(OTHER_KEY).open(sealed)).isInstanceOf(SecretBox.SecretUnreadable.class);
        assertThatThrownBy(() -> new SecretBox(KEY).open(new String(altered)))
                .isInstanceOf(SecretBox.SecretUnreadable.class);
    }

    @Test
    void withoutAKeyNothingIsSealedAndAShortKeyIsRefusedAtStart() {
        SecretBox none = new SecretBox("");

        assertThat(none.available()).isFalse();
        assertThatThrownBy(() -> none.seal("x")).hasMessageContaining("WEIR_SECRETS_KEY");
        assertThatThrownBy(() -> new SecretBox(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
    }
}

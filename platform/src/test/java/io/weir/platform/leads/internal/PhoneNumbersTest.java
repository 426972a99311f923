package io.weir.platform.leads.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({
            "13800138000, +8613800138000",
            "138 0013 8000, +8613800138000",
            "+86 138-0013-8000, +8613800138000",
            "021-62345678, +862162345678",
            "+1 650 253 0000, +16502530000",
    })
    void numbersAreStoredInE164ReadingBareNumbersAsChinese(String raw, String normalised) {
        assertThat(PhoneNumbers.normalise(raw)).contains(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "1380013800", "电话号码", "  "})
    void invalidNumbersAreRefused(String raw) {
        assertThat(PhoneNumbers.normalise(raw)).isEmpty();
    }
}

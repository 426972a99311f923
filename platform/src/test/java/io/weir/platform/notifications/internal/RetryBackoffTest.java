package io.weir.platform.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    @Test
    void eachRetryMayWaitTwiceAsLongAsThePrevious() {
        RetryBackoff longest = new RetryBackoff(Duration.ofSeconds(1), () -> 0.999_999);

        assertThat(longest.before(1)).isBetween(Duration.ofMillis(990), Duration.ofSeconds(1));
        assertThat(longest.before(2)).isBetween(Duration.ofMillis(1990), Duration.ofSeconds(2));
        assertThat(longest.before(3)).isBetween(Duration.ofMillis(3990), Duration.ofSeconds(4));
    }

    @Test
    void jitterSpreadsRetriesButNeverBelowATenthOfTheCeiling() {
        RetryBackoff shortest = new RetryBackoff(Duration.ofSeconds(1), () -> 0.0);
        RetryBackoff middle = new RetryBackoff(Duration.ofSeconds(1), () -> 0.5);

        assertThat(shortest.before(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(middle.before(3)).isEqualTo(Duration.ofSeconds(2));
    }
}

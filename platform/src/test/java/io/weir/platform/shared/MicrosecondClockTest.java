package io.weir.platform.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MicrosecondClockTest {

    static final Instant NANOS = Instant.parse("2026-12-04T09:30:00.123456789Z");

    @Test
    void cutsToMicrosecondsAndStillTellsMillis() {
        Clock clock = new MicrosecondClock(Clock.fixed(NANOS, ZoneId.of("Asia/Shanghai")));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-12-04T09:30:00.123456Z"));
        assertThat(clock.millis()).isEqualTo(NANOS.toEpochMilli());
        assertThat(clock.withZone(ZoneId.of("UTC")).instant()).isEqualTo(clock.instant());
    }
}

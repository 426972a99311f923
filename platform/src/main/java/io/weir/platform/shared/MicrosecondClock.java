package io.weir.platform.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The system clock cut to microseconds, the precision both databases keep. Not {@code Clock.tick(clock, 1 µs)}: on
 * Java 17 its {@code millis()} divides by zero for a tick below one millisecond.
 */
public final class MicrosecondClock extends Clock {

    private final Clock system;

    public MicrosecondClock(Clock system) {
        this.system = system;
    }

    @Override
    public Instant instant() {
        return system.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MicrosecondClock(system.withZone(zone));
    }
}

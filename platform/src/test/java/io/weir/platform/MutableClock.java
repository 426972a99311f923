package io.weir.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.ZoneId;

/**
 * A clock the tests move forward instead of waiting: SLA deadlines pass when the test says so. Like the production
 * clock it keeps microseconds, the precision the databases store.
 */
public final class MutableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock(Instant start, ZoneId zone) {
        this.now = start.truncatedTo(ChronoUnit.MICROS);
        this.zone = zone;
    }

    public void advance(Duration duration) {
        now = now.plus(duration).truncatedTo(ChronoUnit.MICROS);
    }

    public void set(Instant instant) {
        now = instant.truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(now, zone);
    }
}

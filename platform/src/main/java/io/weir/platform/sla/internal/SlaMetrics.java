package io.weir.platform.sla.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Lets an operator see the clock's health without reading logs: open clocks and deadlines fired. */
@Component
class SlaMetrics {

    SlaMetrics(MeterRegistry registry, SlaClocks clocks, DeadlineSweeper sweeper) {
        Gauge.builder("weir.sla.open.clocks", clocks, SlaClocks::pendingCount)
                .description("first-response and recycle deadlines not yet fired").register(registry);
        Gauge.builder("weir.sla.deadlines.fired", sweeper, DeadlineSweeper::firedSinceStart)
                .description("deadlines fired by this node since it started").register(registry);
    }
}

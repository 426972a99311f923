package io.weir.platform.leads.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.weir.platform.leads.Lead;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Counts leads received, by source channel and tier; only once their transaction committed, so refusals don't count. */
@Component
class LeadMetrics {

    private final MeterRegistry registry;

    LeadMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void received(Lead lead) {
        Runnable count = () -> Counter.builder("weir.leads.received").description("leads taken in, by source and tier")
                .tag("source", lead.sourceChannel()).tag("tier", lead.tier()).register(registry).increment();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count.run();
                }
            });
        } else {
            count.run();
        }
    }
}

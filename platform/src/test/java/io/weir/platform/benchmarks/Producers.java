package io.weir.platform.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/** A few concurrent callers working through numbered requests, as parallel clients of the API would. */
final class Producers {

    record Outcome(int failures, RuntimeException firstFailure) {
    }

    private Producers() {
    }

    static Outcome run(int threads, int count, IntConsumer request) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<RuntimeException> firstFailure = new AtomicReference<>();
        List<Thread> producers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread producer = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    try {
                        request.accept(i);
                    } catch (RuntimeException failure) {
                        failures.incrementAndGet();
                        firstFailure.compareAndSet(null, failure);
                    }
                }
            }, "benchmark-producer-" + t);
            producers.add(producer);
            producer.start();
        }
        for (Thread producer : producers) {
            try {
                producer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while producing", e);
            }
        }
        return new Outcome(failures.get(), firstFailure.get());
    }
}

package io.weir.platform.notifications.internal;

import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes the outbox dispatcher when an alert was recorded, once the recording transaction has committed (before that
 * the dispatcher could not see it), so an alert is sent within milliseconds rather than at the next poll.
 */
@Component
class DispatchSignal {

    private final Object monitor = new Object();
    private long generation;

    void afterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal();
                }
            });
        } else {
            signal();
        }
    }

    void signal() {
        synchronized (monitor) {
            generation++;
            monitor.notifyAll();
        }
    }

    long generation() {
        synchronized (monitor) {
            return generation;
        }
    }

    /**
     * Waits until a signal newer than {@code seen} or until {@code timeout} passed; every waiting dispatcher wakes.
     * Returns the generation to pass next time.
     */
    long await(long seen, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (monitor) {
            while (generation == seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                monitor.wait(Math.max(1, left / 1_000_000));
            }
            return generation;
        }
    }
}

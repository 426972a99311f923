package io.weir.platform.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A few named daemon threads, each running one step again and again until stopped. The step does its own waiting; a
 * step that throws is logged and tried again after a pause, so one bad round never ends the loop.
 */
public final class WorkerThreads {

    /** One round of work for worker number {@code worker}, including any wait before the next round. */
    @FunctionalInterface
    public interface Step {
        void run(int worker) throws InterruptedException;
    }

    private static final Logger log = LoggerFactory.getLogger(WorkerThreads.class);

    private final String name;
    private final int count;
    private final Duration pauseAfterFailure;
    private final Step step;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    public WorkerThreads(String name, int count, Duration pauseAfterFailure, Step step) {
        this.name = name;
        this.count = count;
        this.pauseAfterFailure = pauseAfterFailure;
        this.step = step;
    }

    public synchronized void start() {
        running = true;
        for (int worker = 0; worker < count; worker++) {
            int id = worker;
            Thread thread = new Thread(() -> loop(id), name + "-" + worker);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    private void loop(int worker) {
        while (running) {
            try {
                step.run(worker);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failure) {
                if (!running) {
                    return;
                }
                log.warn("{}-{} failed; trying again in {} ms", name, worker, pauseAfterFailure.toMillis(), failure);
                try {
                    Thread.sleep(pauseAfterFailure.toMillis());
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Stops the threads and waits up to five seconds for each to finish its round. */
    public synchronized void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    public boolean running() {
        return running;
    }
}

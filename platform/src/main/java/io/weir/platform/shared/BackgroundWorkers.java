package io.weir.platform.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.SmartLifecycle;

/**
 * A component whose worker threads run from the application's start to its stop, after the process engine and the
 * external-task worker have started and before they stop. A subclass gives one round of work, which waits on its own.
 */
public abstract class BackgroundWorkers implements SmartLifecycle {

    private final WorkerThreads workers;

    protected BackgroundWorkers(String name, int count, Duration pauseAfterFailure) {
        this.workers = new WorkerThreads(name, count, pauseAfterFailure, this::round);
    }

    /** One round for worker number {@code worker}, including the wait before the next one. */
    protected abstract void round(int worker) throws InterruptedException;

    /** How long to wait for work due at {@code next}: at least a millisecond, at most {@code max}. */
    protected static Duration untilNext(Optional<Instant> next, Instant now, Duration max) {
        return next.map(due -> Duration.between(now, due))
                .map(wait -> wait.compareTo(max) > 0 ? max : wait.compareTo(Duration.ofMillis(1)) < 0
                        ? Duration.ofMillis(1) : wait)
                .orElse(max);
    }

    @Override
    public final void start() {
        workers.start();
    }

    @Override
    public final void stop() {
        workers.stop();
    }

    @Override
    public final boolean isRunning() {
        return workers.running();
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 100;
    }
}

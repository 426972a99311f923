package io.weir.platform.workflow.internal.operaton;

import io.weir.platform.workflow.ExternalTask;
import io.weir.platform.workflow.ExternalTaskHandler;
import io.weir.platform.workflow.WorkflowSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.externaltask.ExternalTaskQueryBuilder;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Works the external tasks of the embedded engine in-process, on one thread: fetch-and-lock for every registered topic,
 * run the handler, complete. A nudge fetches almost at once (the SLA clock nudges right after a deadline fired),
 * otherwise it polls. A failed handler is retried with a growing delay, then left as an incident.
 */
@Component
class OperatonExternalTaskWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OperatonExternalTaskWorker.class);
    private static final String WORKER_ID = "weir-embedded-" + ProcessHandle.current().pid();
    private static final int RETRIES = 5;
    /**
     * A fetch costs the engine about as much as working a task (it builds a large dynamic query), and under load the
     * SLA clock nudges once per deadline: waiting this long after a nudge lets the tasks of deadlines fired together be
     * fetched together instead of one fetch each.
     */
    private static final Duration GATHER_AFTER_NUDGE = Duration.ofMillis(20);

    private final ProcessEngine engine;
    private final ObjectProvider<ExternalTaskHandler> handlerBeans;
    private final WorkflowSettings settings;
    private final Semaphore nudges = new Semaphore(0);
    private volatile Map<String, ExternalTaskHandler> handlers = Map.of();
    private volatile Thread thread;
    private volatile boolean running;

    OperatonExternalTaskWorker(ProcessEngine engine, ObjectProvider<ExternalTaskHandler> handlerBeans,
                               WorkflowSettings settings) {
        this.engine = engine;
        this.handlerBeans = handlerBeans;
        this.settings = settings;
    }

    void nudge() {
        if (nudges.availablePermits() == 0) {
            nudges.release();
        }
    }

    @Override
    public void start() {
        handlers = handlerBeans.orderedStream().collect(Collectors.toMap(ExternalTaskHandler::topic, Function.identity()));
        running = true;
        thread = new Thread(this::loop, "weir-external-tasks");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread worker = thread;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                int worked = fetchAndWork();
                if (worked == 0 && nudges.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                    Thread.sleep(GATHER_AFTER_NUDGE.toMillis());
                    nudges.drainPermits();
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failure) {
                if (running) {
                    log.warn("external-task fetch failed; retrying at the next poll", failure);
                    sleepQuietly();
                }
            }
        }
    }

    int fetchAndWork() {
        if (handlers.isEmpty()) {
            return 0;
        }
        ExternalTaskService tasks = engine.getExternalTaskService();
        ExternalTaskQueryBuilder fetch = tasks.fetchAndLock(settings.maxTasksPerFetch(), WORKER_ID);
        for (String topic : handlers.keySet()) {
            fetch = fetch.topic(topic, settings.lockDuration().toMillis());
        }
        List<LockedExternalTask> locked = fetch.execute();
        for (LockedExternalTask task : locked) {
            work(tasks, task);
        }
        return locked.size();
    }

    private void work(ExternalTaskService tasks, LockedExternalTask task) {
        ExternalTaskHandler handler = handlers.get(task.getTopicName());
        try {
            handler.handle(new ExternalTask(task.getTopicName(), task.getBusinessKey(),
                    task.getVariables() == null ? Map.of() : task.getVariables()));
            tasks.complete(task.getId(), WORKER_ID);
        } catch (RuntimeException failure) {
            int retriesLeft = task.getRetries() == null ? RETRIES : task.getRetries() - 1;
            long backoff = 1_000L << Math.min(RETRIES - Math.max(retriesLeft, 0), 6);
            log.warn("external task {} of {} failed, {} retries left", task.getTopicName(), task.getBusinessKey(),
                    retriesLeft, failure);
            tasks.handleFailure(task.getId(), WORKER_ID, String.valueOf(failure.getMessage()), stackTrace(failure),
                    Math.max(retriesLeft, 0), backoff);
        }
    }

    private static String stackTrace(Throwable failure) {
        var out = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(settings.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

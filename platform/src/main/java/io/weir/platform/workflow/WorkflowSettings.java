package io.weir.platform.workflow;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code weir.workflow.*}: which engine runs the models and how the embedded external-task worker polls.
 *
 * @param runtime      {@code operaton} (embedded) — {@code camunda8} arrives with the scale-out issue
 * @param pollInterval how long the worker waits between fetches when nothing nudged it
 * @param lockDuration how long a fetched task stays locked to this node before another may take it
 */
@ConfigurationProperties("weir.workflow")
public record WorkflowSettings(String runtime, Duration pollInterval, Duration lockDuration, int maxTasksPerFetch) {

    public WorkflowSettings {
        runtime = runtime == null ? "operaton" : runtime;
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        lockDuration = lockDuration == null ? Duration.ofSeconds(60) : lockDuration;
        maxTasksPerFetch = maxTasksPerFetch <= 0 ? 100 : maxTasksPerFetch;
    }
}

package io.weir.platform.workflow;

/**
 * Does the work of one external-task topic (a Camunda 8 job type). A handler that throws is retried; it must be
 * idempotent, because an engine delivers a task at least once.
 */
public interface ExternalTaskHandler {

    String topic();

    void handle(ExternalTask task);
}

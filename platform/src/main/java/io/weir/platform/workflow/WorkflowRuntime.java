package io.weir.platform.workflow;

import java.util.Map;

/**
 * What Weir asks of a process engine. Process instances are addressed by business key (the lead id), so callers never
 * hold engine ids; service tasks are external tasks handled by {@link ExternalTaskHandler} beans.
 */
public interface WorkflowRuntime {

    void start(String processId, String businessKey, Map<String, Object> variables);

    /** Delivers a message to the instance waiting for it; false if no instance of that key waits for it. */
    boolean correlate(String messageName, String businessKey);

    /** Completes the open user task of that definition key; false if there is none. */
    boolean completeUserTask(String businessKey, String taskDefinitionKey);

    void reassignUserTask(String businessKey, String taskDefinitionKey, String assignee);

    /** Asks the worker to fetch external tasks now instead of at its next poll. */
    void nudgeWorker();
}

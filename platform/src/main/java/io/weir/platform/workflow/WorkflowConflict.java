package io.weir.platform.workflow;

/**
 * The process instance was changed by another transaction at the same moment (a deadline firing while the rep
 * answers, say). Nothing was applied; the caller retries in a fresh transaction.
 */
public class WorkflowConflict extends RuntimeException {

    public WorkflowConflict(String businessKey, Throwable cause) {
        super("process instance of " + businessKey + " changed concurrently", cause);
    }
}

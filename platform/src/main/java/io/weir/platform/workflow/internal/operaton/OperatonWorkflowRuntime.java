package io.weir.platform.workflow.internal.operaton;

import io.weir.platform.workflow.WorkflowConflict;
import io.weir.platform.workflow.WorkflowRuntime;
import java.util.Map;
import java.util.function.Supplier;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.operaton.bpm.engine.runtime.MessageCorrelationBuilder;
import org.operaton.bpm.engine.task.Task;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The embedded default: Operaton in-process, on Weir's own database and transactions. */
@Component
@ConditionalOnProperty(name = "weir.workflow.runtime", havingValue = "operaton", matchIfMissing = true)
class OperatonWorkflowRuntime implements WorkflowRuntime {

    private final ProcessEngine engine;
    private final OperatonExternalTaskWorker worker;

    OperatonWorkflowRuntime(ProcessEngine engine, OperatonExternalTaskWorker worker) {
        this.engine = engine;
        this.worker = worker;
    }

    @Override
    public void start(String processId, String businessKey, Map<String, Object> variables) {
        engine.getRuntimeService().startProcessInstanceByKey(processId, businessKey, variables);
    }

    @Override
    public boolean correlate(String messageName, String businessKey) {
        return translatingConflicts(businessKey, () -> !toWaitingExecutionsOnly(
                engine.getRuntimeService().createMessageCorrelation(messageName))
                .processInstanceBusinessKey(businessKey)
                .correlateAllWithResult().isEmpty());
    }

    /**
     * No Weir model starts by message, so a message only ever goes to an execution waiting for it. Saying so spares
     * the engine its search for message start events, which reads the subscription of every instance waiting for a
     * message of that name (the engine indexes the name alone): one row per open clock, on every deadline fired.
     */
    private static MessageCorrelationBuilder toWaitingExecutionsOnly(MessageCorrelationBuilder correlation) {
        return ((MessageCorrelationBuilderImpl) correlation).executionsOnly();
    }

    @Override
    public boolean completeUserTask(String businessKey, String taskDefinitionKey) {
        return translatingConflicts(businessKey, () -> {
            Task task = openTask(businessKey, taskDefinitionKey);
            if (task == null) {
                return false;
            }
            engine.getTaskService().complete(task.getId());
            return true;
        });
    }

    @Override
    public void reassignUserTask(String businessKey, String taskDefinitionKey, String assignee) {
        translatingConflicts(businessKey, () -> {
            Task task = openTask(businessKey, taskDefinitionKey);
            if (task != null) {
                engine.getTaskService().setAssignee(task.getId(), assignee);
            }
            return null;
        });
    }

    private static <T> T translatingConflicts(String businessKey, Supplier<T> command) {
        try {
            return command.get();
        } catch (OptimisticLockingException conflict) {
            throw new WorkflowConflict(businessKey, conflict);
        }
    }

    @Override
    public void nudgeWorker() {
        worker.nudge();
    }

    private Task openTask(String businessKey, String taskDefinitionKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskDefinitionKey).singleResult();
    }
}

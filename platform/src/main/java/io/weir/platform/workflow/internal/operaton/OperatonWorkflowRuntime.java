package io.weir.platform.workflow.internal.operaton;

import io.weir.platform.workflow.WorkflowRuntime;
import java.util.Map;
import org.operaton.bpm.engine.ProcessEngine;
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
        var result = engine.getRuntimeService().createMessageCorrelation(messageName)
                .processInstanceBusinessKey(businessKey)
                .correlateAllWithResult();
        return !result.isEmpty();
    }

    @Override
    public boolean completeUserTask(String businessKey, String taskDefinitionKey) {
        Task task = openTask(businessKey, taskDefinitionKey);
        if (task == null) {
            return false;
        }
        engine.getTaskService().complete(task.getId());
        return true;
    }

    @Override
    public void reassignUserTask(String businessKey, String taskDefinitionKey, String assignee) {
        Task task = openTask(businessKey, taskDefinitionKey);
        if (task != null) {
            engine.getTaskService().setAssignee(task.getId(), assignee);
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

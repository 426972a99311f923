package io.weir.platform.sla.internal;

import io.weir.platform.workflow.WorkflowConflict;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a change to a process instance in a transaction of its own and tries again, from scratch, when the engine
 * reports a concurrent change. A failure that outlasts the attempts leaves the event publication incomplete, so the
 * registry delivers it again on restart.
 */
@Component
class ConflictRetry {

    static final int ATTEMPTS = 5;

    private final TransactionTemplate transaction;

    ConflictRetry(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void inNewTransaction(Runnable change) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> change.run());
                return;
            } catch (WorkflowConflict conflict) {
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }
}

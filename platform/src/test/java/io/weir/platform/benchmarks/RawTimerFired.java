package io.weir.platform.benchmarks;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;

/** The baseline model's escalation step: notes when the boundary timer of each instance fired. */
final class RawTimerFired implements JavaDelegate {

    static final String BEAN = "rawTimerFired";

    private final Firings firings;

    RawTimerFired(Firings firings) {
        this.firings = firings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        firings.record(execution.getProcessBusinessKey(), "timer", System.currentTimeMillis());
    }
}

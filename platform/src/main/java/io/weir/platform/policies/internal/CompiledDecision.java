package io.weir.platform.policies.internal;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;

/** One DMN model compiled by Drools, ready to evaluate one decision. Thread-safe: a new context per call. */
final class CompiledDecision {

    private final DMNRuntime runtime;
    private final DMNModel model;
    private final String decision;

    private CompiledDecision(DMNRuntime runtime, DMNModel model, String decision) {
        this.runtime = runtime;
        this.model = model;
        this.decision = decision;
    }

    static CompiledDecision compile(String name, String dmnXml, String decision) {
        Resource resource = ResourceFactory.newReaderResource(new StringReader(dmnXml), "UTF-8");
        resource.setSourcePath(name + ".dmn");
        DMNRuntime runtime = DMNRuntimeBuilder.fromDefaults()
                .buildConfiguration()
                .fromResources(List.of(resource))
                .getOrElseThrow(e -> new InvalidDecisionTable(List.of(e.getMessage())));
        DMNModel model = runtime.getModels().get(0);
        if (model.hasErrors()) {
            throw new InvalidDecisionTable(model.getMessages(DMNMessage.Severity.ERROR).stream()
                    .map(DMNMessage::getText).toList());
        }
        return new CompiledDecision(runtime, model, decision);
    }

    /** The decision's result: a context (map) for a table with several outputs, the value itself for one. */
    Object evaluate(Map<String, Object> inputs) {
        DMNContext context = runtime.newContext();
        inputs.forEach(context::set);
        DMNResult result = runtime.evaluateByName(model, context, decision);
        DMNDecisionResult outcome = result.getDecisionResultByName(decision);
        if (result.hasErrors() || outcome.getEvaluationStatus() != DMNDecisionResult.DecisionEvaluationStatus.SUCCEEDED) {
            throw new IllegalStateException("decision '" + decision + "' failed: " + result.getMessages().stream()
                    .map(DMNMessage::getText).collect(Collectors.joining("; ")));
        }
        return outcome.getResult();
    }

    /** The compiled table was refused by the DMN compiler. */
    static final class InvalidDecisionTable extends RuntimeException {

        private final transient List<String> problems;

        InvalidDecisionTable(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }
}

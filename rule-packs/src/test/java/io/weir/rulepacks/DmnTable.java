package io.weir.rulepacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;

/** A rule pack from the classpath, compiled by Drools' DMN engine as Weir compiles it. */
final class DmnTable {

    private final DMNRuntime runtime;
    private final DMNModel model;
    private final String decision;

    DmnTable(String classpathLocation, String decision) {
        Resource resource = ResourceFactory.newClassPathResource(classpathLocation, getClass());
        this.runtime = DMNRuntimeBuilder.fromDefaults().buildConfiguration().fromResources(List.of(resource))
                .getOrElseThrow(e -> new IllegalStateException(e));
        this.model = runtime.getModels().get(0);
        assertThat(model.getMessages()).as("compile messages of %s", classpathLocation)
                .noneMatch(m -> m.getSeverity() == org.kie.dmn.api.core.DMNMessage.Severity.ERROR);
        this.decision = decision;
    }

    Object evaluate(Map<String, Object> lead) {
        DMNContext context = runtime.newContext();
        context.set("lead", lead);
        DMNResult result = runtime.evaluateByName(model, context, decision);
        assertThat(result.hasErrors()).as("evaluation errors: %s", result.getMessages()).isFalse();
        return result.getDecisionResultByName(decision).getResult();
    }
}

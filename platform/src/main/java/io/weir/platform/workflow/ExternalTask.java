package io.weir.platform.workflow;

import java.util.Map;

/** An external task as a handler sees it. */
public record ExternalTask(String topic, String businessKey, Map<String, Object> variables) {

    public ExternalTask {
        variables = Map.copyOf(variables);
    }
}

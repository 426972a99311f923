package io.weir.platform.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** The benchmark results: one JSON object per line, on a stream that carries nothing else. */
final class JsonLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;

    JsonLines(PrintStream out) {
        this.out = out;
    }

    static Line line(String benchmark, String subject) {
        return new Line().with("benchmark", benchmark).with("subject", subject);
    }

    void print(Line line) {
        try {
            out.println(JSON.writeValueAsString(line.fields));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fields in the order they were added. */
    static final class Line {

        private final Map<String, Object> fields = new LinkedHashMap<>();

        Line with(String name, Object value) {
            fields.put(name, value);
            return this;
        }

        Line withAll(Map<String, ?> more) {
            fields.putAll(more);
            return this;
        }
    }
}

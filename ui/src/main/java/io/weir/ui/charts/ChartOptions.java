package io.weir.ui.charts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Builds the ECharts options Weir uses: bar charts over named categories, one or two value axes. */
public final class ChartOptions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode root = JSON.createObjectNode();
    private final ArrayNode series = root.putArray("series");
    private final ArrayNode yAxes = root.putArray("yAxis");

    private ChartOptions(String title, List<String> categories) {
        root.putObject("title").put("text", title).put("left", "center")
                .putObject("textStyle").put("fontSize", 14);
        root.putObject("tooltip").put("trigger", "axis");
        root.putObject("legend").put("bottom", 0);
        root.putObject("grid").put("left", 48).put("right", 48).put("bottom", 48).put("containLabel", true);
        ArrayNode names = root.putObject("xAxis").put("type", "category").putArray("data");
        categories.forEach(names::add);
    }

    public static ChartOptions bars(String title, List<String> categories) {
        return new ChartOptions(title, categories);
    }

    /** Adds a value axis; {@code unit} is appended to its labels (for example "%" or " min"). */
    public ChartOptions axis(String name, String unit) {
        ObjectNode axis = yAxes.addObject().put("type", "value").put("name", name).put("minInterval", 1);
        axis.putObject("axisLabel").put("formatter", "{value}" + unit);
        return this;
    }

    /** Adds a percentage axis fixed at 0–100, so 0 % does not look like a full bar. */
    public ChartOptions percentAxis(String name) {
        axis(name, "%");
        ((ObjectNode) yAxes.get(yAxes.size() - 1)).put("min", 0).put("max", 100);
        return this;
    }

    /** A bar series on the given axis (0 = first axis added); {@code null} values are drawn as gaps. */
    public ChartOptions series(String name, int axisIndex, String colour, List<? extends Number> values) {
        ObjectNode bar = series.addObject().put("name", name).put("type", "bar").put("yAxisIndex", axisIndex);
        bar.putObject("itemStyle").put("color", colour);
        ArrayNode data = bar.putArray("data");
        values.forEach(value -> {
            if (value == null) {
                data.addNull();
            } else {
                data.add(value.doubleValue());
            }
        });
        return this;
    }

    public String toJson() {
        return root.toString();
    }
}

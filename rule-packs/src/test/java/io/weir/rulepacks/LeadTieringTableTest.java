package io.weir.rulepacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of the default tier table: the tier, goal and the two intervals a source channel gets. */
class LeadTieringTableTest {

    private static final DmnTable TABLE = new DmnTable("rule-packs/lead-response/lead-tiering.dmn", "lead tier");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "官网表单, A, 首次响应, 30, 60",
            "400来电, A, 首次响应, 30, 60",
            "社群引流, B, 意向确认, 120, 240",
            "展会收集, C, 线索分类, 240, 480",
            "合作伙伴推荐, C, 线索分类, 240, 480",
    })
    void sourceChannelDecidesTierAndDeadlines(String source, String tier, String goal, int responseMinutes,
                                              int recycleMinutes) {
        @SuppressWarnings("unchecked")
        Map<String, Object> outcome = (Map<String, Object>) TABLE.evaluate(
                Map.of("sourceChannel", source, "region", "上海", "productInterest", "标准版"));

        assertThat(outcome).containsEntry("tier", tier).containsEntry("goal", goal);
        assertThat((BigDecimal) outcome.get("responseMinutes")).isEqualByComparingTo(Integer.toString(responseMinutes));
        assertThat((BigDecimal) outcome.get("recycleMinutes")).isEqualByComparingTo(Integer.toString(recycleMinutes));
    }
}

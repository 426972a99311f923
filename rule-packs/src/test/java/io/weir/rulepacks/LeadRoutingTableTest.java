package io.weir.rulepacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of the default routing table: which team works a lead. */
class LeadRoutingTableTest {

    private static final DmnTable TABLE = new DmnTable("rule-packs/lead-response/lead-routing.dmn", "team");

    @ParameterizedTest(name = "{0} / {1} / {2} → {3}")
    @CsvSource(nullValues = "null", value = {
            "广东, 官网表单, 企业版, key-accounts",
            "上海, 官网表单, 标准版, east",
            "浙江, 社群引流, 专业版, east",
            "广东, 400来电, 标准版, south",
            "福建, 展会收集, 标准版, south",
            "北京, 官网表单, 标准版, north",
            "山东, 展会收集, 专业版, north",
            "四川, 400来电, 标准版, east",
            "四川, 官网表单, 标准版, north",
            "null, 官网表单, null, north",
    })
    void regionSourceAndProductDecideTheTeam(String region, String source, String product, String team) {
        Map<String, Object> lead = new HashMap<>();
        lead.put("region", region);
        lead.put("sourceChannel", source);
        lead.put("productInterest", product);

        assertThat(TABLE.evaluate(lead)).isEqualTo(team);
    }
}

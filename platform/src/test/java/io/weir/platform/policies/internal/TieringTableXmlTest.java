package io.weir.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.platform.policies.TieringRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class TieringTableXmlTest {

    @Test
    void shippedRulePackReadsAsTheDesignerRows() {
        List<TieringRule> rows = TieringTableXml.read(DecisionEngine.classpathText(DecisionEngine.DEFAULT_TIERING));
        assertThat(rows).containsExactly(
                new TieringRule(List.of("官网表单", "400来电"), "A", "首次响应", 30, 60),
                new TieringRule(List.of("社群引流"), "B", "意向确认", 120, 240),
                new TieringRule(List.of("展会收集"), "C", "线索分类", 240, 480),
                new TieringRule(List.of(), "C", "线索分类", 240, 480));
    }

    @Test
    void rowsWrittenAsDmnReadBackUnchangedAndCompile() {
        List<TieringRule> rows = List.of(new TieringRule(List.of("官网表单"), "A", "首次响应 & 报价", 15, 45),
                new TieringRule(List.of(), "C", "线索分类", 240, 480));
        String xml = TieringTableXml.write(rows);
        assertThat(TieringTableXml.read(xml)).isEqualTo(rows);
        assertThat(new DecisionEngine().compileProblems(rows)).isEmpty();
    }
}

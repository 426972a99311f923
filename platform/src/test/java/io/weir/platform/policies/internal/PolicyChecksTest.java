package io.weir.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.platform.policies.PolicyDraft;
import io.weir.platform.policies.TieringRule;
import io.weir.platform.policies.WorkingCalendar;
import io.weir.platform.shared.FieldViolation;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyChecksTest {

    private static final TieringRule WEBSITE = new TieringRule(List.of("官网表单"), "A", "首次响应", 30, 60);
    private static final TieringRule ANY = new TieringRule(List.of(), "C", "线索分类", 240, 480);

    private static List<String> problems(List<TieringRule> rules, WorkingCalendar calendar) {
        return PolicyChecks.check(new PolicyDraft(rules, calendar)).list().stream()
                .map(v -> v.field() + " " + v.messageKey()).toList();
    }

    @Test
    void theDefaultShapeIsValid() {
        assertThat(problems(List.of(WEBSITE, ANY), WorkingCalendar.aroundTheClock())).isEmpty();
    }

    @Test
    void everyLeadMustGetATier() {
        assertThat(problems(List.of(WEBSITE), WorkingCalendar.aroundTheClock()))
                .containsExactly("rules[1].sources policy.catch-all.missing");
    }

    @Test
    void aSourceAlreadyMatchedAboveMakesTheRowUnreachable() {
        TieringRule again = new TieringRule(List.of("官网表单"), "B", "意向确认", 60, 60);
        assertThat(problems(List.of(WEBSITE, again, ANY), WorkingCalendar.aroundTheClock()))
                .containsExactly("rules[2].sources policy.source.unreachable");
    }

    @Test
    void minutesOutOfRangeAndBadTiersAreNamedByRow() {
        TieringRule broken = new TieringRule(List.of("社群引流"), "b", "意向确认", 0, 99_999);
        List<FieldViolation> violations = PolicyChecks.check(new PolicyDraft(List.of(broken, ANY),
                WorkingCalendar.aroundTheClock())).list();
        assertThat(violations).extracting(FieldViolation::field)
                .containsExactly("rules[1].tier", "rules[1].responseMinutes", "rules[1].recycleMinutes");
    }

    @Test
    void businessHoursMustOpenBeforeTheyClose() {
        WorkingCalendar inverted = WorkingCalendar.businessHours(LocalTime.of(18, 0), LocalTime.of(9, 0), Set.of());
        assertThat(problems(List.of(WEBSITE, ANY), inverted)).containsExactly("calendar.closesAt policy.calendar.hours");
    }
}

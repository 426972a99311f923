package io.weir.platform.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.platform.leads.LeadResponseFact;
import io.weir.platform.reports.ResponseFigures;
import io.weir.platform.reports.ResponseHealthReport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseHealthCalculationTest {

    static final LocalDate WEEK = LocalDate.of(2026, 11, 23);
    static final Instant MONDAY_NINE = Instant.parse("2026-11-23T01:00:00Z");
    static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    /** A lead received on Monday morning, due after {@code slaMinutes}, answered after {@code answeredAfter}. */
    static LeadResponseFact lead(String team, String rep, String tier, int slaMinutes, Integer answeredAfter,
                                 boolean markedRed) {
        Instant received = MONDAY_NINE.plus(Duration.ofMinutes(tier.charAt(0)));
        return new LeadResponseFact(team + "-" + rep + "-" + answeredAfter, team, rep, tier, received,
                received.plusSeconds(slaMinutes * 60L),
                answeredAfter == null ? null : received.plusSeconds(answeredAfter * 60L), markedRed);
    }

    /** The known data set: east has li and zhang, south has huang; times in minutes. */
    static List<LeadResponseFact> week() {
        List<LeadResponseFact> facts = new ArrayList<>();
        facts.add(lead("east", "rep.li", "A", 30, 10, false));    // A within 30
        facts.add(lead("east", "rep.li", "A", 30, 30, false));    // A exactly 30: counts as within
        facts.add(lead("east", "rep.li", "A", 30, 45, true));     // A late, marked red
        facts.add(lead("east", "rep.li", "B", 120, 60, false));
        facts.add(lead("east", "rep.zhang", "A", 30, null, true)); // never answered, red
        facts.add(lead("east", "rep.zhang", "C", 240, 300, false)); // answered late, no red mark (was reassigned)
        facts.add(lead("south", "rep.huang", "A", 30, 20, false));
        facts.add(lead("south", "rep.huang", "B", 120, null, false)); // unanswered, deadline long past at NOW
        facts.add(lead("south", null, "C", 240, null, false));        // pooled, never assigned
        return facts;
    }

    ResponseHealthReport report() {
        return ResponseHealthCalculation.of(WEEK, NOW, week(), Map.of("east", "华东团队", "south", "华南团队"),
                Map.of("rep.li", "李娜", "rep.zhang", "张伟", "rep.huang", "黄敏"));
    }

    static ResponseFigures row(List<ResponseFigures> rows, String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void tierAResponseRateCountsAnswersWithinThirtyMinutesInclusive() {
        ResponseFigures li = row(report().reps(), "rep.li");

        assertThat(li.tierALeads()).isEqualTo(3);
        assertThat(li.tierAWithin30Minutes()).isEqualTo(2);
        assertThat(li.tierAResponseRate()).isEqualTo(2.0 / 3);
    }

    @Test
    void overdueCountsRedMarksLateAnswersAndUnansweredLeadsPastTheirDeadline() {
        ResponseHealthReport report = report();

        assertThat(row(report.reps(), "rep.li").overdue()).isEqualTo(1);
        assertThat(row(report.reps(), "rep.zhang").overdue()).isEqualTo(2);
        assertThat(row(report.reps(), "rep.huang").overdue()).isEqualTo(1);
        assertThat(row(report.teams(), "south").overdue()).isEqualTo(2);
        assertThat(report.total().overdue()).isEqualTo(5);
    }

    @Test
    void medianAndP90AreNearestRankOverAnsweredLeads() {
        ResponseFigures east = row(report().teams(), "east");

        // answered: 10, 30, 45, 60, 300 minutes
        assertThat(east.responded()).isEqualTo(5);
        assertThat(east.medianResponseMinutes()).isEqualTo(45.0);
        assertThat(east.p90ResponseMinutes()).isEqualTo(300.0);
    }

    @Test
    void topOverdueRepsAreOrderedByOverdueCountThenName() {
        assertThat(report().topOverdueReps()).extracting(ResponseFigures::key)
                .containsExactly("rep.zhang", "rep.huang", "rep.li");
    }

    @Test
    void teamsCarryTheirDisplayNamesAndTheTotalCoversUnassignedLeads() {
        ResponseHealthReport report = report();

        assertThat(row(report.teams(), "east").name()).isEqualTo("华东团队");
        assertThat(report.total().leads()).isEqualTo(9);
        assertThat(report.reps()).extracting(ResponseFigures::key).containsExactly("rep.huang", "rep.li", "rep.zhang");
    }

    @Test
    void aWeekWithoutLeadsHasNoRatesRatherThanZeroes() {
        ResponseHealthReport empty = ResponseHealthCalculation.of(WEEK, NOW, List.of(), Map.of(), Map.of());

        assertThat(empty.total().tierAResponseRate()).isNull();
        assertThat(empty.total().medianResponseMinutes()).isNull();
        assertThat(empty.topOverdueReps()).isEmpty();
    }
}

package io.weir.platform.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The weekly lead-response health report: per team and per rep, for the week starting on {@code weekStart} (a Monday,
 * China time). {@code topOverdueReps} are the (at most) three reps with the most overdue leads, none without any.
 */
public record ResponseHealthReport(LocalDate weekStart, Instant generatedAt, ResponseFigures total,
                                   List<ResponseFigures> teams, List<ResponseFigures> reps,
                                   List<ResponseFigures> topOverdueReps) {

    public LocalDate weekEnd() {
        return weekStart.plusDays(6);
    }

    /** The team rows followed by the whole report's total under the given name. */
    public List<ResponseFigures> teamsWithTotal(String totalName) {
        ResponseFigures named = new ResponseFigures(total.key(), totalName, total.leads(), total.tierALeads(),
                total.tierAWithin30Minutes(), total.overdue(), total.responded(), total.medianResponseMinutes(),
                total.p90ResponseMinutes());
        return Stream.concat(teams.stream(), Stream.of(named)).toList();
    }
}

package io.weir.platform.reports.internal;

import io.weir.platform.leads.LeadResponseFact;
import io.weir.platform.reports.ResponseFigures;
import io.weir.platform.reports.ResponseHealthReport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the facts of a week's leads into the report's figures. Pure: the same facts and the same "now" give the same
 * report, which is what lets the report be tested on a known data set.
 */
final class ResponseHealthCalculation {

    static final Duration TIER_A_TARGET = Duration.ofMinutes(30);
    private static final String UNASSIGNED = "";

    private ResponseHealthCalculation() {
    }

    /**
     * @param teamNames team id → display name; reps and teams outside these maps are still counted, by their key
     * @param repNames  username → display name
     */
    static ResponseHealthReport of(LocalDate weekStart, Instant now, List<LeadResponseFact> facts,
                                          Map<String, String> teamNames, Map<String, String> repNames) {
        List<ResponseFigures> teams = grouped(facts, LeadResponseFact::teamId, teamNames, now);
        List<ResponseFigures> reps = grouped(facts.stream().filter(f -> f.assignee() != null).toList(),
                LeadResponseFact::assignee, repNames, now);
        List<ResponseFigures> topOverdue = reps.stream().filter(rep -> rep.overdue() > 0)
                .sorted(Comparator.comparingInt(ResponseFigures::overdue).reversed().thenComparing(ResponseFigures::key))
                .limit(3).toList();
        return new ResponseHealthReport(weekStart, now, figures("total", "total", facts, now), teams, reps, topOverdue);
    }

    private static List<ResponseFigures> grouped(List<LeadResponseFact> facts, Function<LeadResponseFact, String> key,
                                                 Map<String, String> names, Instant now) {
        Map<String, List<LeadResponseFact>> groups = facts.stream().collect(Collectors.groupingBy(
                fact -> Objects.requireNonNullElse(key.apply(fact), UNASSIGNED), LinkedHashMap::new, Collectors.toList()));
        return groups.entrySet().stream()
                .map(group -> figures(group.getKey(), names.getOrDefault(group.getKey(), group.getKey()), group.getValue(), now))
                .sorted(Comparator.comparing(ResponseFigures::key))
                .toList();
    }

    static ResponseFigures figures(String key, String name, List<LeadResponseFact> facts, Instant now) {
        List<LeadResponseFact> tierA = facts.stream().filter(f -> "A".equals(f.tier())).toList();
        int tierAWithin = (int) tierA.stream()
                .filter(f -> f.firstResponseAt() != null && responseTime(f).compareTo(TIER_A_TARGET) <= 0).count();
        int overdue = (int) facts.stream().filter(f -> missedDeadline(f, now)).count();
        double[] minutes = facts.stream().filter(f -> f.firstResponseAt() != null)
                .mapToDouble(f -> responseTime(f).toMillis() / 60_000.0).sorted().toArray();
        return new ResponseFigures(key, name, facts.size(), tierA.size(), tierAWithin, overdue, minutes.length,
                percentile(minutes, 0.5), percentile(minutes, 0.9));
    }

    /** Marked red, answered after the deadline, or still unanswered with the deadline behind us. */
    static boolean missedDeadline(LeadResponseFact fact, Instant now) {
        if (fact.overdue()) {
            return true;
        }
        Instant answeredOrNow = fact.firstResponseAt() != null ? fact.firstResponseAt() : now;
        return answeredOrNow.isAfter(fact.responseDueAt());
    }

    private static Duration responseTime(LeadResponseFact fact) {
        return Duration.between(fact.receivedAt(), fact.firstResponseAt());
    }

    /** Nearest-rank percentile: the smallest value with at least {@code p} of the values at or below it. */
    static Double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return null;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}

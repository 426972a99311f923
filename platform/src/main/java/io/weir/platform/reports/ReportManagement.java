package io.weir.platform.reports;

import io.weir.platform.identity.Role;
import io.weir.platform.identity.Team;
import io.weir.platform.identity.UserManagement;
import io.weir.platform.identity.WeirUser;
import io.weir.platform.leads.LeadManagement;
import io.weir.platform.leads.LeadResponseFact;
import io.weir.platform.reports.internal.ResponseHealthReports;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** The reports module's API: the weekly lead-response health report, as figures and as PDF / Excel files. */
@Service
public class ReportManagement {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final LeadManagement leads;
    private final UserManagement users;
    private final ResponseHealthReports reports;
    private final Clock clock;

    ReportManagement(LeadManagement leads, UserManagement users, ResponseHealthReports reports, Clock clock) {
        this.leads = leads;
        this.users = users;
        this.reports = reports;
        this.clock = clock;
    }

    /** Monday of the week that holds {@code day}, China time. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate currentWeek() {
        return weekOf(LocalDate.now(clock.withZone(CHINA)));
    }

    /**
     * The report of the week holding {@code day}: a manager sees the own team, admins and auditors every team; reps
     * have no report (their own figures are in the inbox).
     */
    public ResponseHealthReport responseHealth(LocalDate day, WeirUser viewer) {
        if (viewer.role() == Role.REP) {
            throw new AccessDeniedException("reports are for managers, admins and auditors");
        }
        LocalDate weekStart = weekOf(day);
        List<LeadResponseFact> facts = leads.receivedBetween(weekStart.atStartOfDay(CHINA).toInstant(),
                weekStart.plusWeeks(1).atStartOfDay(CHINA).toInstant());
        if (viewer.role() == Role.MANAGER) {
            facts = facts.stream().filter(fact -> viewer.teamId().equals(fact.teamId())).toList();
        }
        Map<String, String> teamNames = users.teams().stream().collect(Collectors.toMap(Team::id, Team::name));
        Map<String, String> repNames = users.users().stream()
                .collect(Collectors.toMap(WeirUser::username, WeirUser::displayName));
        return reports.calculate(weekStart, clock.instant(), facts, teamNames, repNames);
    }

    public byte[] asPdf(ResponseHealthReport report, Locale locale) {
        return reports.pdf(report, locale);
    }

    public byte[] asWorkbook(ResponseHealthReport report, Locale locale) {
        return reports.workbook(report, locale);
    }
}

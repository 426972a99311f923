package io.weir.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static Instant china(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.CHINA).toInstant();
    }

    private final WorkingCalendar officeHours = WorkingCalendar.businessHours(LocalTime.of(9, 0), LocalTime.of(18, 0),
            Set.of(LocalDate.of(2026, 10, 1)));

    @Test
    void aroundTheClockAddsPlainMinutes() {
        assertThat(WorkingCalendar.aroundTheClock().addWorkingMinutes(china("2026-12-05T23:50"), 30))
                .isEqualTo(china("2026-12-06T00:20"));
    }

    @Test
    void deadlineWithinTheWorkingDayStaysOnIt() {
        assertThat(officeHours.addWorkingMinutes(china("2026-12-03T10:00"), 30)).isEqualTo(china("2026-12-03T10:30"));
    }

    @Test
    void leadArrivingAtNightStartsCountingWhenTheOfficeOpens() {
        assertThat(officeHours.addWorkingMinutes(china("2026-12-02T22:15"), 30)).isEqualTo(china("2026-12-03T09:30"));
    }

    @Test
    void remainingMinutesCarryOverToTheNextWorkday() {
        assertThat(officeHours.addWorkingMinutes(china("2026-12-03T17:00"), 120)).isEqualTo(china("2026-12-04T10:00"));
    }

    @Test
    void fridayEveningLeadIsDueOnMonday() {
        assertThat(officeHours.addWorkingMinutes(china("2026-12-04T17:50"), 30)).isEqualTo(china("2026-12-07T09:20"));
    }

    @Test
    void holidaysAreSkipped() {
        assertThat(officeHours.addWorkingMinutes(china("2026-09-30T17:45"), 30)).isEqualTo(china("2026-10-02T09:15"));
    }

    @Test
    void makeUpWorkdayOnASaturdayCounts() {
        WorkingCalendar withMakeUpDay = new WorkingCalendar(WorkingCalendar.Mode.BUSINESS_HOURS, WorkingCalendar.CHINA,
                LocalTime.of(9, 0), LocalTime.of(18, 0), officeHours.workdays(), Set.of(),
                Set.of(LocalDate.of(2026, 12, 5)));
        assertThat(withMakeUpDay.addWorkingMinutes(china("2026-12-04T17:50"), 30)).isEqualTo(china("2026-12-05T09:20"));
    }
}

package io.weir.platform.policies;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hours in which an SLA clock runs. Around the clock, or business hours on workdays, skipping holidays and
 * counting make-up workdays (调休) that fall on a weekend.
 */
public record WorkingCalendar(Mode mode, ZoneId zone, LocalTime opensAt, LocalTime closesAt, Set<DayOfWeek> workdays,
                              Set<LocalDate> holidays, Set<LocalDate> extraWorkdays) {

    public enum Mode { ALWAYS, BUSINESS_HOURS }

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public WorkingCalendar {
        workdays = workdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(workdays));
        holidays = Set.copyOf(new TreeSet<>(holidays));
        extraWorkdays = Set.copyOf(new TreeSet<>(extraWorkdays));
    }

    public static WorkingCalendar aroundTheClock() {
        return new WorkingCalendar(Mode.ALWAYS, CHINA, LocalTime.MIDNIGHT, LocalTime.MAX, EnumSet.allOf(DayOfWeek.class),
                Set.of(), Set.of());
    }

    public static WorkingCalendar businessHours(LocalTime opensAt, LocalTime closesAt, Set<LocalDate> holidays) {
        return new WorkingCalendar(Mode.BUSINESS_HOURS, CHINA, opensAt, closesAt,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), holidays, Set.of());
    }

    /** The instant at which {@code minutes} of working time have passed since {@code from}. */
    public Instant addWorkingMinutes(Instant from, long minutes) {
        if (mode == Mode.ALWAYS) {
            return from.plus(Duration.ofMinutes(minutes));
        }
        ZonedDateTime cursor = toNextWorkingMoment(from.atZone(zone));
        Duration remaining = Duration.ofMinutes(minutes);
        while (true) {
            ZonedDateTime closing = cursor.toLocalDate().atTime(closesAt).atZone(zone);
            Duration available = Duration.between(cursor, closing);
            if (remaining.compareTo(available) <= 0) {
                return cursor.plus(remaining).toInstant();
            }
            remaining = remaining.minus(available);
            cursor = toNextWorkingMoment(closing);
        }
    }

    public boolean isWorkday(LocalDate date) {
        if (extraWorkdays.contains(date)) {
            return true;
        }
        return workdays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    private ZonedDateTime toNextWorkingMoment(ZonedDateTime moment) {
        ZonedDateTime cursor = moment;
        while (true) {
            LocalDate day = cursor.toLocalDate();
            if (isWorkday(day)) {
                LocalTime time = cursor.toLocalTime();
                if (time.isBefore(opensAt)) {
                    return day.atTime(opensAt).atZone(zone);
                }
                if (time.isBefore(closesAt)) {
                    return cursor;
                }
            }
            cursor = day.plusDays(1).atTime(opensAt).atZone(zone);
        }
    }
}

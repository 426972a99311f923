package io.weir.platform.policies;

/** How one row (or the calendar) differs between two versions; {@code before}/{@code after} are display texts. */
public record RuleChange(Kind kind, int row, String before, String after) {

    public enum Kind { ADDED, REMOVED, CHANGED, CALENDAR_CHANGED }
}

package io.weir.platform.reports;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The columns every rendering of the report shares, so the screen, the PDF and the workbook never disagree. */
public enum ReportColumn {
    NAME("report.column.name", ResponseFigures::name),
    LEADS("report.column.leads", ResponseFigures::leads),
    TIER_A("report.column.tier-a", ResponseFigures::tierALeads),
    TIER_A_RATE("report.column.tier-a-rate", ResponseFigures::tierAResponseRate),
    OVERDUE("report.column.overdue", ResponseFigures::overdue),
    RESPONDED("report.column.responded", ResponseFigures::responded),
    MEDIAN("report.column.median", ResponseFigures::medianResponseMinutes),
    P90("report.column.p90", ResponseFigures::p90ResponseMinutes);

    public static final List<ReportColumn> ALL = List.of(values());

    private final String labelKey;
    private final Function<ResponseFigures, Object> value;

    ReportColumn(String labelKey, Function<ResponseFigures, Object> value) {
        this.labelKey = labelKey;
        this.value = value;
    }

    /** Message key of the column header. */
    public String labelKey() {
        return labelKey;
    }

    /** The raw value: a name, a count, a 0..1 rate, minutes, or {@code null} where nothing was measured. */
    public Object value(ResponseFigures figures) {
        return value.apply(figures);
    }

    public boolean isRate() {
        return this == TIER_A_RATE;
    }

    /** The cell as text: rates as percentages, minutes with one decimal, a dash where nothing was measured. */
    public String text(ResponseFigures figures) {
        Object raw = value(figures);
        if (raw == null) {
            return "—";
        }
        if (isRate()) {
            return String.format(Locale.ROOT, "%.1f%%", (Double) raw * 100);
        }
        if (raw instanceof Double minutes) {
            return String.format(Locale.ROOT, "%.1f", minutes);
        }
        return raw.toString();
    }
}

package io.weir.ui.reports;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.weir.platform.identity.CurrentUser;
import io.weir.platform.identity.WeirUser;
import io.weir.platform.reports.ReportColumn;
import io.weir.platform.reports.ReportManagement;
import io.weir.platform.reports.ResponseFigures;
import io.weir.platform.reports.ResponseHealthReport;
import io.weir.ui.charts.ChartOptions;
import io.weir.ui.charts.EChart;
import io.weir.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The weekly lead-response health report: charts per rep and team, the figures as tables, and the same report as PDF
 * or Excel. A manager sees the own team; admins and auditors every team.
 */
@Route(value = "reports/response-health", layout = MainLayout.class)
@PageTitle("Weir · 响应健康周报")
@RolesAllowed({"MANAGER", "ADMIN", "AUDITOR"})
public class ResponseHealthView extends VerticalLayout {

    private final ReportManagement reports;
    private final WeirUser viewer;
    final DatePicker week = new DatePicker();
    private final EChart repChart = new EChart("rep-chart");
    private final EChart teamChart = new EChart("team-chart");
    final Grid<ResponseFigures> teams = figuresGrid("team-figures");
    final Grid<ResponseFigures> reps = figuresGrid("rep-figures");
    final Grid<ResponseFigures> topOverdue = figuresGrid("top-overdue");
    private final Span period = new Span();
    private ResponseHealthReport report;

    public ResponseHealthView(ReportManagement reports, CurrentUser currentUser) {
        this.reports = reports;
        this.viewer = currentUser.require();
        week.setId("report-week");
        week.setLabel(getTranslation("report.pick-week"));
        week.setValue(reports.currentWeek());
        week.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(change.getValue());
            }
        });
        Anchor pdf = download("report-pdf", "report.export.pdf", VaadinIcon.FILE_TEXT,
                (shown, locale) -> reports.asPdf(shown, locale), "application/pdf", "pdf");
        Anchor excel = download("report-xlsx", "report.export.excel", VaadinIcon.TABLE,
                (shown, locale) -> reports.asWorkbook(shown, locale),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
        HorizontalLayout toolbar = new HorizontalLayout(week, period, pdf, excel);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout charts = new HorizontalLayout(repChart, teamChart);
        charts.setWidthFull();
        add(new H3(getTranslation("report.title")), toolbar, charts,
                new H4(getTranslation("report.section.teams")), teams,
                new H4(getTranslation("report.section.top-overdue")), topOverdue,
                new H4(getTranslation("report.section.reps")), reps);
        show(week.getValue());
    }

    private void show(LocalDate day) {
        report = reports.responseHealth(day, viewer);
        period.setText(getTranslation("report.week") + " " + report.weekStart() + " — " + report.weekEnd());
        teams.setItems(report.teamsWithTotal(getTranslation("report.total")));
        reps.setItems(report.reps());
        topOverdue.setItems(report.topOverdueReps());
        List<String> repNames = report.reps().stream().map(ResponseFigures::name).toList();
        repChart.setOption(ChartOptions.bars(getTranslation("report.chart.reps"), repNames)
                .percentAxis(getTranslation("report.axis.rate"))
                .axis(getTranslation("report.axis.count"), "")
                .series(getTranslation("report.column.tier-a-rate"), 0, "#2e7d32",
                        report.reps().stream().map(r -> percent(r.tierAResponseRate())).toList())
                .series(getTranslation("report.column.overdue"), 1, "#c62828",
                        report.reps().stream().map(ResponseFigures::overdue).toList())
                .toJson());
        teamChart.setOption(ChartOptions.bars(getTranslation("report.chart.teams"),
                        report.teams().stream().map(ResponseFigures::name).toList())
                .axis(getTranslation("report.axis.minutes"), "")
                .series(getTranslation("report.column.median"), 0, "#1565c0",
                        report.teams().stream().map(ResponseFigures::medianResponseMinutes).toList())
                .series(getTranslation("report.column.p90"), 0, "#ef6c00",
                        report.teams().stream().map(ResponseFigures::p90ResponseMinutes).toList())
                .toJson());
    }

    private static Double percent(Double rate) {
        return rate == null ? null : Math.round(rate * 1000) / 10.0;
    }

    private Grid<ResponseFigures> figuresGrid(String id) {
        Grid<ResponseFigures> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        for (ReportColumn column : ReportColumn.ALL) {
            grid.addColumn(column::text).setHeader(getTranslation(column.labelKey()))
                    .setAutoWidth(true).setFlexGrow(column == ReportColumn.NAME ? 1 : 0)
                    .setTextAlign(column == ReportColumn.NAME ? com.vaadin.flow.component.grid.ColumnTextAlign.START
                            : com.vaadin.flow.component.grid.ColumnTextAlign.END);
        }
        return grid;
    }

    /** A download of the report on screen, rendered in the language the page is shown in. */
    private Anchor download(String id, String labelKey, VaadinIcon icon,
                            BiFunction<ResponseHealthReport, Locale, byte[]> render, String type, String extension) {
        Locale locale = getLocale();
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = render.apply(report, locale);
            return new DownloadResponse(new ByteArrayInputStream(content),
                    "response-health-" + report.weekStart() + "." + extension, type, content.length);
        }), AttachmentType.DOWNLOAD, "");
        anchor.setId(id);
        anchor.add(icon.create(), new Span(getTranslation(labelKey)));
        return anchor;
    }
}

package io.weir.platform.reports.internal;

import io.weir.platform.leads.LeadResponseFact;
import io.weir.platform.reports.ResponseHealthReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Calculates the weekly response-health report and renders it as PDF or Excel in the reader's language. */
@Component
public class ResponseHealthReports {

    private final ReportLabels labels;

    ResponseHealthReports(ReportLabels labels) {
        this.labels = labels;
    }

    public ResponseHealthReport calculate(LocalDate weekStart, Instant now, List<LeadResponseFact> facts,
                                          Map<String, String> teamNames, Map<String, String> repNames) {
        return ResponseHealthCalculation.of(weekStart, now, facts, teamNames, repNames);
    }

    public byte[] pdf(ResponseHealthReport report, Locale locale) {
        return new ResponseHealthPdf(labels.in(locale)).render(report);
    }

    public byte[] workbook(ResponseHealthReport report, Locale locale) {
        return new ResponseHealthWorkbook(labels.in(locale)).render(report);
    }
}

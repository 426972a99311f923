package io.weir.platform.reports.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.weir.platform.identity.CurrentUser;
import io.weir.platform.reports.ReportManagement;
import io.weir.platform.reports.ResponseHealthReport;
import java.time.LocalDate;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The weekly lead-response health report as JSON, PDF and Excel. */
@RestController
@RequestMapping("/api/reports/response-health")
@Tag(name = "Reports", description = "Weekly lead-response health")
class ReportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportManagement reports;
    private final CurrentUser currentUser;

    ReportController(ReportManagement reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "Figures per team and rep for the week holding the given day (managers see their team)")
    ResponseHealthReport figures(@Parameter(description = "any day of the week, yyyy-MM-dd; this week if absent")
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                 LocalDate week) {
        return report(week);
    }

    @GetMapping(value = "/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The same report as PDF, in the language of Accept-Language")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate week) {
        ResponseHealthReport report = report(week);
        return file(reports.asPdf(report, LocaleContextHolder.getLocale()), MediaType.APPLICATION_PDF,
                fileName(report, "pdf"));
    }

    @GetMapping(value = "/xlsx")
    @Operation(summary = "The same report as an Excel workbook, in the language of Accept-Language")
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                    LocalDate week) {
        ResponseHealthReport report = report(week);
        return file(reports.asWorkbook(report, LocaleContextHolder.getLocale()), XLSX, fileName(report, "xlsx"));
    }

    private ResponseHealthReport report(LocalDate week) {
        return reports.responseHealth(week == null ? reports.currentWeek() : week, currentUser.require());
    }

    static String fileName(ResponseHealthReport report, String extension) {
        return "response-health-" + report.weekStart() + "." + extension;
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}

package io.weir.platform.reports.internal;

import io.weir.platform.reports.ReportColumn;
import io.weir.platform.reports.ResponseFigures;
import io.weir.platform.reports.ResponseHealthReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The report as an Excel workbook: one sheet each for teams, reps and the top overdue reps, numbers as numbers. */
class ResponseHealthWorkbook {

    private final Function<String, String> labels;

    ResponseHealthWorkbook(Function<String, String> labels) {
        this.labels = labels;
    }

    byte[] render(ResponseHealthReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = headerStyle(workbook);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            CellStyle minutes = workbook.createCellStyle();
            minutes.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            String period = labels.apply("report.week") + " " + report.weekStart() + " — " + report.weekEnd();
            sheet(workbook, labels.apply("report.section.teams"), period, report.teamsWithTotal(labels.apply("report.total")), header, percent, minutes);
            sheet(workbook, labels.apply("report.section.reps"), period, report.reps(), header, percent, minutes);
            sheet(workbook, labels.apply("report.section.top-overdue"), period, report.topOverdueReps(), header, percent,
                    minutes);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void sheet(XSSFWorkbook workbook, String name, String period, List<ResponseFigures> rows, CellStyle header,
                       CellStyle percent, CellStyle minutes) {
        Sheet sheet = workbook.createSheet(name);
        sheet.createRow(0).createCell(0).setCellValue(labels.apply("report.title") + " · " + period);
        Row headings = sheet.createRow(2);
        for (ReportColumn column : ReportColumn.ALL) {
            headings.createCell(column.ordinal()).setCellValue(labels.apply(column.labelKey()));
            headings.getCell(column.ordinal()).setCellStyle(header);
        }
        int rowIndex = 3;
        for (ResponseFigures figures : rows) {
            Row row = sheet.createRow(rowIndex++);
            for (ReportColumn column : ReportColumn.ALL) {
                Object value = column.value(figures);
                var cell = row.createCell(column.ordinal());
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                    if (column.isRate()) {
                        cell.setCellStyle(percent);
                    } else if (value instanceof Double) {
                        cell.setCellStyle(minutes);
                    }
                } else if (value != null) {
                    cell.setCellValue(value.toString());
                }
            }
        }
        for (ReportColumn column : ReportColumn.ALL) {
            sheet.setColumnWidth(column.ordinal(), column == ReportColumn.NAME ? 20 * 256 : 16 * 256);
        }
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        return style;
    }
}

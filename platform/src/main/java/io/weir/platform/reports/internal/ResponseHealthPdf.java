package io.weir.platform.reports.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.weir.platform.reports.ReportColumn;
import io.weir.platform.reports.ResponseFigures;
import io.weir.platform.reports.ResponseHealthReport;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/** The report as a landscape A4 PDF with the Chinese font embedded, so it reads the same on any machine. */
class ResponseHealthPdf {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final Function<String, String> labels;
    private final Font title = new Font(ReportFont.cjk(), 16, Font.BOLD);
    private final Font heading = new Font(ReportFont.cjk(), 11, Font.BOLD);
    private final Font body = new Font(ReportFont.cjk(), 9);

    ResponseHealthPdf(Function<String, String> labels) {
        this.labels = labels;
    }

    byte[] render(ResponseHealthReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(labels.apply("report.title"));
        document.open();
        document.add(new Paragraph(labels.apply("report.title"), title));
        document.add(new Paragraph(labels.apply("report.week") + " " + report.weekStart() + " — " + report.weekEnd()
                + "    " + labels.apply("report.generated") + " " + GENERATED.format(report.generatedAt()), body));
        section(document, labels.apply("report.section.teams"), report.teamsWithTotal(labels.apply("report.total")));
        section(document, labels.apply("report.section.top-overdue"), report.topOverdueReps());
        section(document, labels.apply("report.section.reps"), report.reps());
        document.close();
        return out.toByteArray();
    }

    private void section(Document document, String name, List<ResponseFigures> rows) {
        Paragraph caption = new Paragraph(name, heading);
        caption.setSpacingBefore(14);
        caption.setSpacingAfter(6);
        document.add(caption);
        PdfPTable table = new PdfPTable(ReportColumn.ALL.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (ReportColumn column : ReportColumn.ALL) {
            PdfPCell cell = new PdfPCell(new Phrase(labels.apply(column.labelKey()), heading));
            cell.setBackgroundColor(new Color(0xEE, 0xF2, 0xF7));
            table.addCell(cell);
        }
        if (rows.isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase(labels.apply("report.empty"), body));
            none.setColspan(ReportColumn.ALL.size());
            table.addCell(none);
        }
        for (ResponseFigures figures : rows) {
            for (ReportColumn column : ReportColumn.ALL) {
                PdfPCell cell = new PdfPCell(new Phrase(column.text(figures), body));
                cell.setHorizontalAlignment(column == ReportColumn.NAME ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
                table.addCell(cell);
            }
        }
        document.add(table);
    }
}

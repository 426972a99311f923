package io.weir.platform.leads.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The Excel file a manager fills in: Weir's Chinese headings (required ones starred) and one example row. */
final class ImportTemplate {

    private static final List<String> HEADINGS = List.of("来源渠道*", "联系人*", "电话*", "公司", "地区", "意向产品", "接收时间");

    private ImportTemplate() {
    }

    static byte[] workbook(String exampleSource) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("线索");
            Row headings = sheet.createRow(0);
            Row example = sheet.createRow(1);
            List<String> sample = List.of(exampleSource, "王先生", "13912345678", "上海示例科技有限公司", "上海", "标准版",
                    "2026-01-05 09:30");
            for (int i = 0; i < HEADINGS.size(); i++) {
                headings.createCell(i).setCellValue(HEADINGS.get(i));
                example.createCell(i).setCellValue(sample.get(i));
                sheet.setColumnWidth(i, 18 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.weir.platform.leads.internal;

import io.weir.platform.shared.InvalidInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads an import file (Excel .xlsx/.xls, or CSV in UTF-8 or GB18030 as Chinese Excel saves it) into rows of text by
 * column. A file that cannot be read as a whole is refused with one clear reason; row content is checked later.
 */
final class LeadFile {

    static final int MAX_ROWS = 20_000;
    private static final DateTimeFormatter CELL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One data row: its number as the spreadsheet shows it, and the text of each known column. */
    record Row(int number, Map<ImportColumns, String> values) {

        String value(ImportColumns column) {
            String text = values.get(column);
            return text == null || text.isBlank() ? null : text.trim();
        }
    }

    private LeadFile() {
    }

    static List<Row> read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInput.of("file", "import.file.empty");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return csv(content);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xls") || looksLikeSpreadsheet(content)) {
            return spreadsheet(content);
        }
        throw InvalidInput.of("file", "import.file.type", fileName == null ? "" : fileName);
    }

    private static boolean looksLikeSpreadsheet(byte[] content) {
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
        boolean ole = content.length > 3 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF;
        return zip || ole;
    }

    private static List<Row> spreadsheet(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> lines = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                    cells.add(text(row.getCell(i), formatter));
                }
                lines.add(cells);
                numbers.add(row.getRowNum() + 1);
            }
            return rows(lines, numbers);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof InvalidInput refused) {
                throw refused;
            }
            throw InvalidInput.of("file", "import.file.unreadable");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return CELL_TIME.format(cell.getLocalDateTimeCellValue());
            }
            // phone numbers typed into Excel become numbers; keep every digit, no "1.39E+10"
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell);
    }

    private static List<Row> csv(byte[] content) {
        String text = decode(content);
        try {
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get()
                    .parse(new StringReader(text)).getRecords();
            List<List<String>> lines = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            for (CSVRecord record : records) {
                lines.add(record.toList());
                numbers.add((int) record.getRecordNumber());
            }
            return rows(lines, numbers);
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException unreadable) {
            throw InvalidInput.of("file", "import.file.unreadable");
        }
    }

    /** UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise GB18030, the superset of GBK. */
    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(content, Charset.forName("GB18030"));
        }
    }

    private static List<Row> rows(List<List<String>> lines, List<Integer> numbers) {
        int headingIndex = firstNonBlank(lines);
        if (headingIndex < 0) {
            throw InvalidInput.of("file", "import.file.empty");
        }
        Map<ImportColumns, Integer> columns = ImportColumns.locate(lines.get(headingIndex));
        String missing = java.util.Arrays.stream(ImportColumns.values())
                .filter(column -> column.required && !columns.containsKey(column))
                .map(column -> column.field).collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw InvalidInput.of("file", "import.header.missing", missing);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = headingIndex + 1; i < lines.size(); i++) {
            List<String> line = lines.get(i);
            if (line.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                continue;
            }
            Map<ImportColumns, String> values = new EnumMap<>(ImportColumns.class);
            columns.forEach((column, index) -> values.put(column, index < line.size() ? line.get(index) : null));
            rows.add(new Row(numbers.get(i), values));
            if (rows.size() > MAX_ROWS) {
                throw InvalidInput.of("file", "import.file.too-many-rows", MAX_ROWS);
            }
        }
        if (rows.isEmpty()) {
            throw InvalidInput.of("file", "import.file.no-rows");
        }
        return rows;
    }

    private static int firstNonBlank(List<List<String>> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).stream().anyMatch(cell -> cell != null && !cell.isBlank())) {
                return i;
            }
        }
        return -1;
    }
}

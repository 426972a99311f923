package io.weir.platform.leads.internal;

import io.weir.platform.leads.ImportProgress;
import io.weir.platform.leads.ImportRowError;
import io.weir.platform.leads.LeadImportResult;
import io.weir.platform.leads.NewLead;
import io.weir.platform.shared.FieldViolation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports leads from a spreadsheet all or nothing: every row is checked first and any error refuses the whole file;
 * then all rows are taken in through the normal intake in one transaction. Each row's idempotency key is its content,
 * so importing the same file twice takes nothing twice.
 */
@Component
public class LeadImport {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final List<DateTimeFormatter> LOCAL_TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"),
            DateTimeFormatter.ofPattern("yyyy/M/d H:mm:ss"), DateTimeFormatter.ofPattern("yyyy/M/d H:mm"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    private static final int PROGRESS_STEP = 50;

    private final LeadIntake intake;
    private final Catalog catalog;
    private final TransactionTemplate transaction;
    private final Clock clock;

    LeadImport(LeadIntake intake, Catalog catalog, TransactionTemplate transaction, Clock clock) {
        this.intake = intake;
        this.catalog = catalog;
        this.transaction = transaction;
        this.clock = clock;
    }

    public LeadImportResult importFile(String fileName, byte[] content, String actor, ImportProgress progress) {
        List<LeadFile.Row> rows = LeadFile.read(fileName, content);
        List<NewLead> leads = new ArrayList<>(rows.size());
        List<ImportRowError> errors = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < rows.size(); i++) {
            LeadFile.Row row = rows.get(i);
            NewLead lead = toLead(row, errors);
            LeadChecks.check(lead, catalog.sourceChannels(), now).list()
                    .forEach(violation -> errors.add(rowError(row.number(), violation)));
            leads.add(lead);
            report(progress, ImportProgress.Phase.CHECKING, i + 1, rows.size());
        }
        if (!errors.isEmpty()) {
            return new LeadImportResult(rows.size(), 0, 0, errors);
        }
        int[] replayed = {0};
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < leads.size(); i++) {
                if (intake.receive(leads.get(i), idempotencyKey(leads.get(i)), actor).replayed()) {
                    replayed[0]++;
                }
                report(progress, ImportProgress.Phase.STORING, i + 1, leads.size());
            }
        });
        return new LeadImportResult(rows.size(), rows.size() - replayed[0], replayed[0], List.of());
    }

    public byte[] template() {
        return ImportTemplate.workbook(catalog.sourceChannels().stream().findFirst().orElse("官网表单"));
    }

    private static NewLead toLead(LeadFile.Row row, List<ImportRowError> errors) {
        Instant receivedAt = null;
        String time = row.value(ImportColumns.RECEIVED_AT);
        if (time != null) {
            receivedAt = parseTime(time);
            if (receivedAt == null) {
                errors.add(new ImportRowError(row.number(), "receivedAt", "import.received-at.invalid", List.of(time)));
            }
        }
        return new NewLead(row.value(ImportColumns.SOURCE_CHANNEL), row.value(ImportColumns.CONTACT_NAME),
                row.value(ImportColumns.PHONE), row.value(ImportColumns.COMPANY), row.value(ImportColumns.REGION),
                row.value(ImportColumns.PRODUCT_INTEREST), receivedAt);
    }

    /** China time as people type it, or an ISO instant with its offset. */
    static Instant parseTime(String text) {
        for (DateTimeFormatter format : LOCAL_TIMES) {
            try {
                return LocalDateTime.parse(text, format).atZone(CHINA).toInstant();
            } catch (DateTimeParseException notThisFormat) {
                // try the next one
            }
        }
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static ImportRowError rowError(int row, FieldViolation violation) {
        return new ImportRowError(row, violation.field(), violation.messageKey(), violation.arguments());
    }

    private static void report(ImportProgress progress, ImportProgress.Phase phase, int done, int total) {
        if (done == total || done % PROGRESS_STEP == 0) {
            progress.advanced(phase, done, total);
        }
    }

    private static String idempotencyKey(NewLead lead) {
        return "import:" + LeadIntake.contentHash(lead);
    }
}

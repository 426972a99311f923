package io.weir.platform.leads.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.weir.platform.identity.CurrentUser;
import io.weir.platform.leads.ImportProgress;
import io.weir.platform.leads.LeadImportResult;
import io.weir.platform.leads.LeadManagement;
import io.weir.platform.shared.InvalidInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Lead import from Excel or CSV over HTTP: all rows taken, or none and a list of what is wrong with which row. */
@RestController
@RequestMapping("/api/leads/import")
@Tag(name = "Leads")
class LeadImportController {

    private final LeadManagement leads;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    LeadImportController(LeadManagement leads, CurrentUser currentUser, MessageSource messages) {
        this.leads = leads;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import leads from .xlsx, .xls or .csv (managers, admins)",
            description = "Headings 来源渠道, 联系人, 电话 are required; 公司, 地区, 意向产品, 接收时间 optional. "
                    + "All or nothing: with any refused row nothing is stored and the problem lists every row error.")
    ResponseEntity<?> importFile(@RequestPart(name = "file", required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw InvalidInput.of("file", "import.file.empty");
        }
        LeadImportResult result = leads.importLeads(file.getOriginalFilename(), bytes(file), currentUser.require(),
                ImportProgress.NONE);
        if (result.accepted()) {
            return ResponseEntity.ok(result);
        }
        return ResponseEntity.badRequest().body(rejected(result));
    }

    private ProblemDetail rejected(LeadImportResult result) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(URI.create("urn:weir:problem:invalid-input"));
        problem.setTitle(messages.getMessage("import.rejected", new Object[] {result.errors().size()}, locale));
        List<Map<String, Object>> errors = result.errors().stream()
                .map(error -> Map.<String, Object>of("row", error.row(), "field", error.field(), "code", error.messageKey(),
                        "message", messages.getMessage(error.messageKey(), error.arguments().toArray(),
                                error.messageKey(), locale)))
                .toList();
        problem.setProperty("errors", errors);
        problem.setProperty("rows", result.rows());
        return problem;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.weir.ui.leads;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import io.weir.platform.identity.CurrentUser;
import io.weir.platform.identity.WeirUser;
import io.weir.platform.leads.ImportProgress;
import io.weir.platform.leads.ImportRowError;
import io.weir.platform.leads.LeadImportResult;
import io.weir.platform.leads.LeadManagement;
import io.weir.platform.shared.InvalidInput;
import io.weir.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletableFuture;

/**
 * Lead import from Excel or CSV: the file is checked row by row with a progress bar, then taken in as a whole or not at
 * all; refused rows are listed with row number, field and reason.
 */
@Route(value = "leads/import", layout = MainLayout.class)
@PageTitle("Weir · 导入线索")
@RolesAllowed({"MANAGER", "ADMIN"})
public class LeadImportView extends VerticalLayout {

    private final LeadManagement leads;
    private final WeirUser importer;
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Grid<ImportRowError> errors = new Grid<>();
    final Upload upload = new Upload();

    public LeadImportView(LeadManagement leads, CurrentUser currentUser) {
        this.leads = leads;
        this.importer = currentUser.require();
        upload.setId("lead-upload");
        upload.setAcceptedFileTypes(".xlsx", ".xls", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(20 * 1024 * 1024);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, content) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> start(ui, metadata.fileName(), content));
        }));
        upload.addFileRejectedListener(rejected -> showError(rejected.getErrorMessage()));
        progress.setId("import-progress");
        progress.setVisible(false);
        progressText.setId("import-progress-text");
        errors.setId("import-errors");
        errors.addColumn(ImportRowError::row).setHeader(getTranslation("import.column.row")).setAutoWidth(true);
        errors.addColumn(error -> getTranslation("import.field." + error.field()))
                .setHeader(getTranslation("import.column.field")).setAutoWidth(true);
        errors.addColumn(error -> getTranslation(error.messageKey(), error.arguments().toArray()))
                .setHeader(getTranslation("import.column.reason")).setFlexGrow(1);
        errors.setVisible(false);
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = leads.importTemplate();
            return new DownloadResponse(new ByteArrayInputStream(content), "weir-lead-import.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content.length);
        }), AttachmentType.DOWNLOAD, getTranslation("import.template"));
        template.setId("import-template");
        add(new H3(getTranslation("import.title")), new Paragraph(getTranslation("import.help")), template, upload,
                progress, progressText, errors);
    }

    /** Runs the import off the request thread so the progress bar moves (pushed to the browser). */
    private void start(UI ui, String fileName, byte[] content) {
        errors.setVisible(false);
        progress.setVisible(true);
        progress.setValue(0);
        progressText.setText(getTranslation("import.reading", fileName));
        ImportProgress onProgress = (phase, done, total) -> ui.access(() -> {
            progress.setValue((phase == ImportProgress.Phase.CHECKING ? 0 : 0.5) + 0.5 * done / total);
            progressText.setText(getTranslation("import.phase." + phase.name(), done, total));
        });
        CompletableFuture.supplyAsync(() -> leads.importLeads(fileName, content, importer, onProgress))
                .whenComplete((result, failure) -> ui.access(() -> finish(result, failure)));
    }

    private void finish(LeadImportResult result, Throwable failure) {
        upload.clearFileList();
        Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
        if (cause instanceof InvalidInput refused) {
            progress.setVisible(false);
            progressText.setText("");
            showError(refused.violations().stream().map(v -> getTranslation(v.messageKey(), v.arguments().toArray()))
                    .reduce((a, b) -> a + "；" + b).orElse(""));
            return;
        }
        if (cause != null) {
            progress.setVisible(false);
            progressText.setText("");
            showError(getTranslation("import.failed"));
            return;
        }
        if (!result.accepted()) {
            progress.setVisible(false);
            progressText.setText(getTranslation("import.rejected", result.errors().size()));
            errors.setItems(result.errors());
            errors.setVisible(true);
            return;
        }
        progress.setValue(1);
        progressText.setText(getTranslation("import.done", result.imported(), result.alreadyPresent()));
        Notification.show(progressText.getText(), 5_000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void showError(String text) {
        Notification.show(text, 6_000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}

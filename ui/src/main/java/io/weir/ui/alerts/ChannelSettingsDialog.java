package io.weir.ui.alerts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import io.weir.platform.notifications.ChannelSettings;
import io.weir.platform.notifications.NotificationManagement;
import io.weir.platform.notifications.SandboxCheck;
import io.weir.platform.notifications.SettingField;
import io.weir.platform.shared.Conflict;
import io.weir.platform.shared.FieldViolation;
import io.weir.platform.shared.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Edits one channel's settings. "Sandbox check" asks the vendor about the values without saving; "Save" runs the same
 * check and saves only when it passes. Secrets are never shown: an empty secret field keeps the secret in force.
 */
class ChannelSettingsDialog extends Dialog {

    private final NotificationManagement notifications;
    private final String channel;
    private final String me;
    private final Runnable onSaved;
    final Map<String, TextFieldBase<?, String>> fields = new LinkedHashMap<>();
    final VerticalLayout checkResult = new VerticalLayout();
    private int version;

    ChannelSettingsDialog(NotificationManagement notifications, String channel, String me, Runnable onSaved) {
        this.notifications = notifications;
        this.channel = channel;
        this.me = me;
        this.onSaved = onSaved;
        setId("settings-dialog");
        setHeaderTitle(getTranslation("alerts.settings-title", getTranslation("channels.name." + channel)));
        setWidth("720px");
        ChannelSettings settings = notifications.channelSettings(channel);
        version = settings.version();
        FormLayout form = new FormLayout();
        for (SettingField field : settings.fields()) {
            TextFieldBase<?, String> input = field.secret() ? new PasswordField() : new TextField();
            input.setId("setting-" + field.name());
            input.setLabel(label(field.name()));
            input.setRequiredIndicatorVisible(field.required());
            if (field.secret()) {
                input.setPlaceholder(getTranslation(settings.secretsSet().contains(field.name())
                        ? "alerts.secret-set" : "alerts.secret-unset"));
            } else {
                input.setValue(settings.values().getOrDefault(field.name(), ""));
            }
            fields.put(field.name(), input);
            form.add(input);
        }
        checkResult.setId("settings-check-result");
        checkResult.setPadding(false);
        checkResult.setSpacing(false);
        add(new Paragraph(source(settings)), form, checkResult, history(settings));
        Button check = new Button(getTranslation("alerts.settings-check"), click -> check());
        check.setId("settings-check");
        Button save = new Button(getTranslation("alerts.settings-save"), click -> save());
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button switchOff = new Button(getTranslation("alerts.settings-switch-off"), click -> switchOff());
        switchOff.setId("settings-switch-off");
        switchOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
        switchOff.setVisible(settings.version() > 0 || !settings.secretsSet().isEmpty());
        getFooter().add(switchOff, new Button(getTranslation("action.close"), close -> close()), check, save);
    }

    /** The channel's own name for a setting where vendors differ (a WeCom secret is not a DingTalk one), else the common one. */
    private String label(String field) {
        String specific = "alerts.setting." + channel + "." + field;
        String label = getTranslation(specific);
        return label.equals(specific) ? getTranslation("alerts.setting." + field) : label;
    }

    private String source(ChannelSettings settings) {
        return settings.version() == 0 ? getTranslation("alerts.settings-from-files")
                : getTranslation("alerts.settings-saved", settings.version(), settings.updatedBy(),
                ChannelHealthGrid.TIME.format(settings.updatedAt()));
    }

    private Grid<ChannelSettings.Change> history(ChannelSettings settings) {
        Grid<ChannelSettings.Change> grid = new Grid<>();
        grid.setId("settings-history");
        grid.setAllRowsVisible(true);
        grid.addColumn(ChannelSettings.Change::version).setHeader(getTranslation("alerts.settings-version"))
                .setAutoWidth(true);
        grid.addColumn(change -> ChannelHealthGrid.TIME.format(change.changedAt()))
                .setHeader(getTranslation("alerts.when")).setAutoWidth(true);
        grid.addColumn(ChannelSettings.Change::changedBy).setHeader(getTranslation("alerts.settings-by"))
                .setAutoWidth(true);
        grid.addColumn(ChannelSettings.Change::changedFields).setHeader(getTranslation("alerts.settings-fields"))
                .setAutoWidth(true);
        grid.addColumn(ChannelSettings.Change::sandboxCheck).setHeader(getTranslation("alerts.settings-checked"))
                .setFlexGrow(1);
        grid.setItems(settings.history());
        grid.setVisible(!settings.history().isEmpty());
        return grid;
    }

    /** What the admin typed: every plain value, and a secret only when one was entered. */
    Map<String, String> edited() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((name, input) -> {
            if (!(input instanceof PasswordField) || !input.getValue().isBlank()) {
                values.put(name, input.getValue());
            }
        });
        return values;
    }

    private void check() {
        clearErrors();
        try {
            show(notifications.checkChannelSettings(channel, edited()));
        } catch (InvalidInput refused) {
            markFields(refused);
        }
    }

    private void save() {
        clearErrors();
        try {
            ChannelSettings saved = notifications.saveChannelSettings(channel, edited(), version, me);
            version = saved.version();
            Notification.show(getTranslation("alerts.settings-saved-now", getTranslation("channels.name." + channel),
                            saved.version()), 6_000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onSaved.run();
            close();
        } catch (InvalidInput refused) {
            markFields(refused);
        } catch (Conflict clash) {
            Notification.show(getTranslation(clash.messageKey(), clash.arguments()), 8_000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void switchOff() {
        try {
            ChannelSettings saved = notifications.switchOffChannel(channel, version, me);
            Notification.show(getTranslation("alerts.settings-switched-off", getTranslation("channels.name." + channel),
                    saved.version()), 6_000, Notification.Position.BOTTOM_START);
            onSaved.run();
            close();
        } catch (Conflict clash) {
            Notification.show(getTranslation(clash.messageKey(), clash.arguments()), 8_000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void show(SandboxCheck check) {
        checkResult.removeAll();
        if (check.steps().isEmpty()) {
            checkResult.add(new Span(getTranslation("alerts.settings-nothing-to-check")));
        }
        for (SandboxCheck.Step step : check.steps()) {
            String said = step.reasonKey() != null ? getTranslation(step.reasonKey(), step.reasonArgs().toArray())
                    : step.detail() == null ? "" : step.detail();
            Span line = new Span((step.passed() ? "✓ " : "✗ ") + step.call() + " · "
                    + (step.passed() ? "" : getTranslation("channels.failure." + step.failureClass().name())
                    + (step.vendorCode() == null ? "" : " " + step.vendorCode()) + " · ") + said);
            line.getElement().getThemeList().add(step.passed() ? "badge success" : "badge error");
            line.addClassName("sandbox-step");
            checkResult.add(line);
        }
    }

    private void markFields(InvalidInput refused) {
        checkResult.removeAll();
        for (FieldViolation violation : refused.violations()) {
            String message = getTranslation(violation.messageKey(), violation.arguments().toArray());
            TextFieldBase<?, String> input = fields.get(violation.field());
            if (input != null) {
                input.setErrorMessage(message);
                input.setInvalid(true);
            } else {
                checkResult.add(new Span(violation.field() + ": " + message));
            }
        }
    }

    private void clearErrors() {
        fields.values().forEach(input -> input.setInvalid(false));
    }
}

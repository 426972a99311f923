package io.weir.ui.leads;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.weir.platform.identity.CurrentUser;
import io.weir.platform.identity.WeirUser;
import io.weir.platform.leads.Lead;
import io.weir.platform.leads.LeadManagement;
import io.weir.platform.leads.NewLead;
import io.weir.platform.shared.FieldViolation;
import io.weir.platform.shared.InvalidInput;
import io.weir.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/** Enter a lead by hand (a call, a walk-in): the same checks as the API, each error shown at its field. */
@Route(value = "leads/new", layout = MainLayout.class)
@PageTitle("Weir · 新建线索")
@RolesAllowed({"REP", "MANAGER", "ADMIN"})
public class LeadFormView extends VerticalLayout {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    final ComboBox<String> source = new ComboBox<>();
    final TextField contact = new TextField();
    final TextField phone = new TextField();
    final TextField company = new TextField();
    final TextField region = new TextField();
    final TextField product = new TextField();
    final DateTimePicker receivedAt = new DateTimePicker();
    private final Map<String, HasValidation> fields = Map.of("sourceChannel", source, "contactName", contact,
            "phone", phone, "company", company, "region", region, "productInterest", product, "receivedAt", receivedAt);
    private final LeadManagement leads;
    private final WeirUser author;
    /** One key per filled-in form, so a double click stores one lead. */
    private String idempotencyKey = UUID.randomUUID().toString();

    public LeadFormView(LeadManagement leads, CurrentUser currentUser) {
        this.leads = leads;
        this.author = currentUser.require();
        source.setItems(leads.sourceChannels());
        source.setId("new-lead-source");
        contact.setId("new-lead-contact");
        phone.setId("new-lead-phone");
        company.setId("new-lead-company");
        region.setId("new-lead-region");
        product.setId("new-lead-product");
        receivedAt.setId("new-lead-received-at");
        source.setLabel(getTranslation("import.field.sourceChannel"));
        contact.setLabel(getTranslation("import.field.contactName"));
        phone.setLabel(getTranslation("import.field.phone"));
        company.setLabel(getTranslation("import.field.company"));
        region.setLabel(getTranslation("import.field.region"));
        product.setLabel(getTranslation("import.field.productInterest"));
        receivedAt.setLabel(getTranslation("import.field.receivedAt"));
        receivedAt.setHelperText(getTranslation("lead.form.received-help"));
        source.setRequired(true);
        contact.setRequired(true);
        phone.setRequired(true);
        FormLayout form = new FormLayout(source, contact, phone, company, region, product, receivedAt);
        Button save = new Button(getTranslation("lead.form.save"), click -> save());
        save.setId("save-new-lead");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(getTranslation("lead.form.title")), form, save);
    }

    private void save() {
        fields.values().forEach(field -> field.setInvalid(false));
        NewLead lead = new NewLead(source.getValue(), contact.getValue(), phone.getValue(), company.getValue(),
                region.getValue(), product.getValue(),
                receivedAt.getValue() == null ? null : receivedAt.getValue().atZone(CHINA).toInstant());
        try {
            Lead stored = leads.receive(lead, idempotencyKey, author.username()).lead();
            idempotencyKey = UUID.randomUUID().toString();
            String assignee = stored.assignee() == null ? getTranslation("status.POOL") : stored.assignee();
            Notification.show(getTranslation("lead.form.saved", stored.tier(), assignee), 5_000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (LeadVisibilityCheck.canOpen(leads, stored.id(), author)) {
                getUI().ifPresent(ui -> ui.navigate(LeadDetailView.class, new RouteParameters("id", stored.id())));
            } else {
                // routed to another rep: this rep may not open it, so the form is cleared for the next one
                fields.values().forEach(field -> ((com.vaadin.flow.component.HasValue<?, ?>) field).clear());
            }
        } catch (InvalidInput refused) {
            for (FieldViolation violation : refused.violations()) {
                HasValidation field = fields.get(violation.field());
                if (field != null) {
                    field.setErrorMessage(getTranslation(violation.messageKey(), violation.arguments().toArray()));
                    field.setInvalid(true);
                }
            }
        }
    }
}

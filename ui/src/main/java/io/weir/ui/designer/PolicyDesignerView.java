package io.weir.ui.designer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.weir.platform.identity.CurrentUser;
import io.weir.platform.identity.WeirUser;
import io.weir.platform.leads.LeadManagement;
import io.weir.platform.policies.PolicyDraft;
import io.weir.platform.policies.PolicyManagement;
import io.weir.platform.policies.PolicyPublication;
import io.weir.platform.policies.RuleChange;
import io.weir.platform.policies.TieringRule;
import io.weir.platform.shared.FieldViolation;
import io.weir.platform.shared.InvalidInput;
import io.weir.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The low-code designer of the lead-response policy: the tier table and the working calendar as a form, checked row
 * by row, its changes shown against the version in force, published as a new version. No XML anywhere.
 */
@Route(value = "designer", layout = MainLayout.class)
@PageTitle("Weir · SLA 策略设计")
@RolesAllowed({"MANAGER", "ADMIN"})
public class PolicyDesignerView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final PolicyManagement policies;
    private final LeadManagement leads;
    private final WeirUser designer;
    private final Span version = new Span();
    final VerticalLayout rows = new VerticalLayout();
    private final Div calendarHolder = new Div();
    CalendarForm calendar;
    final Div findings = new Div();
    final Grid<PolicyPublication> history = new Grid<>();

    public PolicyDesignerView(PolicyManagement policies, LeadManagement leads, CurrentUser currentUser) {
        this.policies = policies;
        this.leads = leads;
        this.designer = currentUser.require();
        version.setId("policy-version");
        rows.setId("tiering-rules");
        rows.setPadding(false);
        rows.setSpacing(false);
        findings.setId("policy-findings");
        Button addRow = new Button(getTranslation("designer.add-row"), VaadinIcon.PLUS.create(),
                click -> addRow(new TieringRule(List.of(), "C", "", 240, 1440)));
        addRow.setId("add-rule");
        Button check = new Button(getTranslation("designer.check"), click -> showChanges());
        check.setId("check-policy");
        Button publish = new Button(getTranslation("designer.publish"), click -> confirmPublish());
        publish.setId("publish-policy");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(getTranslation("designer.reset"), click -> load());
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        history.setId("policy-history");
        history.setAllRowsVisible(true);
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.addColumn(PolicyPublication::version).setHeader(getTranslation("designer.history.version")).setAutoWidth(true);
        history.addColumn(p -> TIME.format(p.publishedAt())).setHeader(getTranslation("designer.history.when"))
                .setAutoWidth(true);
        history.addColumn(PolicyPublication::publishedBy).setHeader(getTranslation("designer.history.who")).setAutoWidth(true);
        history.addColumn(p -> p.changes().stream().map(this::describe).collect(Collectors.joining("；")))
                .setHeader(getTranslation("designer.history.what")).setFlexGrow(1);
        add(new H3(getTranslation("designer.title")), version, new Paragraph(getTranslation("designer.help")),
                new H4(getTranslation("designer.rules")), TieringRuleRow.headings(this::getTranslation), rows, addRow,
                new H4(getTranslation("designer.calendar")), calendarHolder,
                new HorizontalLayout(check, publish, reset), findings,
                new H4(getTranslation("designer.history")), history,
                new H4(getTranslation("catalog.title")), new CatalogEditor(leads));
        load();
    }

    private void load() {
        PolicyDraft current = policies.current();
        version.setText(getTranslation("designer.version", policies.currentVersion()));
        rows.removeAll();
        current.rules().forEach(this::addRow);
        calendar = new CalendarForm(current.calendar(), getLocale());
        calendarHolder.removeAll();
        calendarHolder.add(calendar);
        findings.removeAll();
        history.setItems(policies.history());
    }

    private void addRow(TieringRule rule) {
        TieringRuleRow row = new TieringRuleRow(rule, leads.sourceChannels());
        row.up.addClickListener(click -> move(row, -1));
        row.down.addClickListener(click -> move(row, 1));
        row.remove.addClickListener(click -> {
            rows.remove(row);
            renumber();
        });
        rows.add(row);
        renumber();
    }

    private void move(TieringRuleRow row, int by) {
        int index = rows.indexOf(row);
        int target = index + by;
        if (target >= 0 && target < rows.getComponentCount()) {
            rows.remove(row);
            rows.addComponentAtIndex(target, row);
            renumber();
        }
    }

    private void renumber() {
        List<TieringRuleRow> all = rowEditors();
        for (int i = 0; i < all.size(); i++) {
            all.get(i).number.setText(String.valueOf(i + 1));
        }
    }

    private List<TieringRuleRow> rowEditors() {
        return rows.getChildren().filter(TieringRuleRow.class::isInstance).map(TieringRuleRow.class::cast).toList();
    }

    PolicyDraft draft() {
        return new PolicyDraft(rowEditors().stream().map(TieringRuleRow::toRule).toList(), calendar.toCalendar());
    }

    /** Checks the draft and lists either its problems or what it would change against the version in force. */
    private boolean showChanges() {
        findings.removeAll();
        PolicyDraft draft;
        try {
            draft = draft();
        } catch (InvalidInput refused) {
            showProblems(refused.violations());
            return false;
        }
        List<FieldViolation> problems = policies.check(draft);
        if (!problems.isEmpty()) {
            showProblems(problems);
            return false;
        }
        List<RuleChange> changes = policies.changes(draft);
        if (changes.isEmpty()) {
            findings.add(new Paragraph(getTranslation("policy.unchanged")));
            return false;
        }
        UnorderedList list = new UnorderedList();
        list.setId("policy-changes");
        changes.forEach(change -> list.add(new ListItem(describe(change))));
        findings.add(new Span(getTranslation("designer.changes", changes.size())), list);
        return true;
    }

    private void showProblems(List<FieldViolation> problems) {
        UnorderedList list = new UnorderedList();
        list.setId("policy-problems");
        list.getStyle().set("color", "var(--lumo-error-text-color)");
        problems.forEach(p -> list.add(new ListItem(getTranslation(p.messageKey(), p.arguments().toArray()))));
        findings.add(new Span(getTranslation("designer.problems", problems.size())), list);
    }

    private String describe(RuleChange change) {
        return switch (change.kind()) {
            case ADDED -> getTranslation("designer.change.added", change.row(), change.after());
            case REMOVED -> getTranslation("designer.change.removed", change.row(), change.before());
            case CHANGED -> getTranslation("designer.change.changed", change.row(), change.before(), change.after());
            case CALENDAR_CHANGED -> getTranslation("designer.change.calendar", change.before(), change.after());
        };
    }

    private void confirmPublish() {
        if (!showChanges()) {
            return;
        }
        Dialog confirm = new Dialog(getTranslation("designer.publish.confirm", policies.currentVersion() + 1));
        confirm.add(new Paragraph(getTranslation("designer.publish.effect")));
        Button yes = new Button(getTranslation("designer.publish"), click -> {
            confirm.close();
            publish();
        });
        yes.setId("confirm-publish");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.getFooter().add(new Button(getTranslation("action.cancel"), click -> confirm.close()), yes);
        confirm.open();
    }

    private void publish() {
        try {
            PolicyPublication published = policies.publish(draft(), designer.username());
            load();
            Notification.show(getTranslation("designer.published", published.version()), 5_000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInput refused) {
            findings.removeAll();
            showProblems(new ArrayList<>(refused.violations()));
            Notification.show(getTranslation("designer.not-published"), 5_000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}

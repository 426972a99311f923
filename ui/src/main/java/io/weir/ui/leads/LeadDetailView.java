package io.weir.ui.leads;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.weir.platform.identity.CurrentUser;
import io.weir.platform.identity.Role;
import io.weir.platform.identity.WeirUser;
import io.weir.platform.leads.Lead;
import io.weir.platform.leads.LeadManagement;
import io.weir.platform.leads.TimelineEntry;
import io.weir.platform.shared.Conflict;
import io.weir.platform.shared.InvalidInput;
import io.weir.platform.shared.NotFound;
import io.weir.ui.inbox.RespondDialog;
import io.weir.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One lead: its facts, its deadline, the first response, and the timeline of everything that happened to it. */
@Route(value = "leads/:id", layout = MainLayout.class)
@PageTitle("Weir · 线索详情")
@RolesAllowed({"REP", "MANAGER", "ADMIN", "AUDITOR"})
public class LeadDetailView extends VerticalLayout implements BeforeEnterObserver {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final LeadManagement leads;
    private final WeirUser viewer;
    private String leadId;

    public LeadDetailView(LeadManagement leads, CurrentUser currentUser) {
        this.leads = leads;
        this.viewer = currentUser.require();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        leadId = event.getRouteParameters().get("id").orElse("");
        show();
    }

    private void show() {
        removeAll();
        Lead lead;
        try {
            lead = leads.visible(leadId, viewer);
        } catch (NotFound missing) {
            add(new H3(getTranslation("lead.not-found")));
            return;
        }
        Span status = new Span(lead.overdue() && lead.awaitsResponse() ? getTranslation("status.overdue")
                : getTranslation("status." + lead.status().name()));
        status.setId("lead-status");
        status.getElement().getThemeList().add(lead.overdue() && lead.awaitsResponse() ? "badge error" : "badge");
        H3 title = new H3(lead.contactName() + (lead.company() == null ? "" : " · " + lead.company()));
        title.setId("lead-title");
        HorizontalLayout header = new HorizontalLayout(title, new Span(getTranslation("lead.tier", lead.tier())), status);
        header.setAlignItems(Alignment.BASELINE);
        add(header, facts(lead));
        if (lead.awaitsResponse() && mayRespond(lead)) {
            Button respond = new Button(getTranslation("action.respond"), click -> new RespondDialog(
                    leads.responseTags(), response -> respond(response)).open());
            respond.setId("respond-from-lead");
            respond.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(respond);
        }
        add(new H4(getTranslation("lead.timeline")), timeline());
    }

    private boolean mayRespond(Lead lead) {
        return viewer.username().equals(lead.assignee()) || viewer.role() == Role.MANAGER || viewer.role() == Role.ADMIN;
    }

    private void respond(io.weir.platform.leads.FirstResponse response) {
        try {
            leads.respond(leadId, response, viewer);
            Notification.show(getTranslation("respond.saved"), 3_000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInput refused) {
            error(refused.violations().stream().map(v -> getTranslation(v.messageKey(), v.arguments().toArray()))
                    .reduce((a, b) -> a + "；" + b).orElse(""));
        } catch (Conflict clash) {
            error(getTranslation(clash.messageKey(), clash.arguments()));
        }
        show();
    }

    private void error(String text) {
        Notification.show(text, 5_000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private FormLayout facts(Lead lead) {
        FormLayout facts = new FormLayout();
        facts.setId("lead-facts");
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        fact(facts, "column.phone", lead.phone());
        fact(facts, "column.source", lead.sourceChannel());
        fact(facts, "column.region", lead.region());
        fact(facts, "lead.product", lead.productInterest());
        fact(facts, "lead.goal", lead.goal());
        fact(facts, "lead.policy-version", "v" + lead.policyVersion());
        fact(facts, "lead.received-at", TIME.format(lead.receivedAt()));
        fact(facts, "lead.due-at", TIME.format(lead.responseDueAt()));
        fact(facts, "lead.first-response-at", lead.firstResponseAt() == null ? null : TIME.format(lead.firstResponseAt()));
        fact(facts, "lead.team", lead.teamId());
        fact(facts, "column.assignee", lead.assignee());
        return facts;
    }

    private void fact(FormLayout facts, String labelKey, String value) {
        Div text = new Div(value == null || value.isBlank() ? "—" : value);
        facts.addFormItem(text, getTranslation(labelKey));
    }

    private UnorderedList timeline() {
        UnorderedList list = new UnorderedList();
        list.setId("lead-timeline");
        for (TimelineEntry entry : leads.timeline(leadId, viewer)) {
            ListItem item = new ListItem();
            Span when = new Span(TIME.format(entry.occurredAt()));
            when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-right", "var(--lumo-space-m)");
            Span what = new Span(getTranslation("timeline." + entry.kind()));
            what.getStyle().set("font-weight", "600").set("margin-right", "var(--lumo-space-s)");
            item.add(when, what, new Span(describe(entry)));
            list.add(item);
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(new Paragraph("—")));
        }
        return list;
    }

    private String describe(TimelineEntry entry) {
        String detail = entry.detail() == null ? "" : entry.detail();
        for (var channel : io.weir.platform.leads.ResponseChannel.values()) {
            detail = detail.replace(channel.name(), getTranslation("channel." + channel.name()));
        }
        return ("system".equals(entry.actor()) ? "" : entry.actor() + " ") + detail;
    }
}

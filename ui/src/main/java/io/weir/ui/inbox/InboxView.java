package io.weir.ui.inbox;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import io.weir.platform.identity.CurrentUser;
import io.weir.platform.leads.Lead;
import io.weir.platform.leads.LeadManagement;
import io.weir.platform.leads.LeadStatus;
import io.weir.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Set;

/** A rep's open first-response tasks, nearest deadline first. */
@Route(value = "inbox", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@PageTitle("Weir · 我的待办")
@RolesAllowed({"REP", "MANAGER", "ADMIN", "AUDITOR"})
public class InboxView extends LeadGridView {

    private final CurrentUser currentUser;

    public InboxView(LeadManagement leads, Clock clock, CurrentUser currentUser) {
        super(leads, currentUser.require(), clock, "inbox.title");
        this.currentUser = currentUser;
    }

    @Override
    protected Set<LeadStatus> statuses() {
        return Set.of(LeadStatus.OPEN);
    }

    @Override
    protected String assigneeFilter() {
        return viewer.username();
    }

    @Override
    protected void addExtraColumns() {
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("column.status")).setAutoWidth(true);
    }

    @Override
    protected Component actions(Lead lead) {
        Button respond = new Button(getTranslation("action.respond"),
                click -> new RespondDialog(leads.responseTags(), response ->
                        attempt(() -> leads.respond(lead.id(), response, currentUser.require()), "respond.saved"))
                        .open());
        respond.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        respond.addClassName("respond-button");
        return new HorizontalLayout(respond);
    }
}

package io.weir.ui.inbox;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.weir.platform.identity.CurrentUser;
import io.weir.platform.identity.Role;
import io.weir.platform.identity.UserManagement;
import io.weir.platform.identity.WeirUser;
import io.weir.platform.leads.Lead;
import io.weir.platform.leads.LeadManagement;
import io.weir.platform.leads.LeadStatus;
import io.weir.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Set;

/** A manager's view of the team's open, overdue and pooled leads, with reassignment. */
@Route(value = "team", layout = MainLayout.class)
@PageTitle("Weir · 团队线索")
@RolesAllowed({"MANAGER", "ADMIN", "AUDITOR"})
public class TeamLeadsView extends LeadGridView {

    private final CurrentUser currentUser;
    private final UserManagement users;

    public TeamLeadsView(LeadManagement leads, Clock clock, CurrentUser currentUser, UserManagement users) {
        super(leads, currentUser.require(), clock, "team.title");
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    protected Set<LeadStatus> statuses() {
        return Set.of(LeadStatus.OPEN, LeadStatus.POOL);
    }

    @Override
    protected void addExtraColumns() {
        grid.addColumn(lead -> lead.assignee() == null ? "—" : lead.assignee())
                .setHeader(getTranslation("column.assignee")).setAutoWidth(true);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("column.status")).setAutoWidth(true);
    }

    @Override
    protected Component actions(Lead lead) {
        if (!lead.awaitsResponse() || viewer.role() == Role.AUDITOR) {
            return new com.vaadin.flow.component.html.Span();
        }
        Button reassign = new Button(getTranslation("action.reassign"), click -> openReassign(lead));
        reassign.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return reassign;
    }

    private void openReassign(Lead lead) {
        Dialog dialog = new Dialog(getTranslation("reassign.title"));
        ComboBox<WeirUser> to = new ComboBox<>(getTranslation("reassign.to"));
        to.setItems(users.members(lead.teamId()).stream().filter(WeirUser::canTakeLeads).toList());
        to.setItemLabelGenerator(user -> user.displayName() + " (" + user.username() + ")");
        Button save = new Button(getTranslation("action.save"), click -> {
            if (to.getValue() != null) {
                attempt(() -> leads.reassign(lead.id(), to.getValue().username(), currentUser.require()), "reassign.done");
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(to);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}

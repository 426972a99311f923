package io.weir.ui.inbox;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.weir.platform.identity.CurrentUser;
import io.weir.platform.leads.Lead;
import io.weir.platform.leads.LeadManagement;
import io.weir.platform.leads.LeadStatus;
import io.weir.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Set;

/** The team's public pool (公海): leads nobody could take or that were recycled; reps claim them within a daily cap. */
@Route(value = "pool", layout = MainLayout.class)
@PageTitle("Weir · 公海")
@RolesAllowed("REP")
public class PoolView extends LeadGridView {

    private final CurrentUser currentUser;

    public PoolView(LeadManagement leads, Clock clock, CurrentUser currentUser) {
        super(leads, currentUser.require(), clock, "pool.title");
        this.currentUser = currentUser;
    }

    @Override
    protected Set<LeadStatus> statuses() {
        return Set.of(LeadStatus.POOL);
    }

    @Override
    protected Component actions(Lead lead) {
        Button claim = new Button(getTranslation("action.claim"),
                click -> attempt(() -> leads.claim(lead.id(), currentUser.require()), "claim.done"));
        claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return claim;
    }
}

package io.weir.ui.inbox;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.weir.platform.identity.WeirUser;
import io.weir.platform.leads.Lead;
import io.weir.platform.leads.LeadManagement;
import io.weir.platform.leads.LeadQuery;
import io.weir.platform.leads.LeadStatus;
import io.weir.platform.shared.Conflict;
import io.weir.platform.shared.InvalidInput;
import io.weir.platform.shared.NotFound;
import io.weir.ui.leads.LeadDetailView;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A lazily loaded grid of leads ordered by deadline, with a live countdown coloured green, amber or red. Subclasses say
 * which leads (the rep's own, the pool, the team) and which actions a row offers.
 */
abstract class LeadGridView extends VerticalLayout {

    protected final LeadManagement leads;
    protected final WeirUser viewer;
    private final Clock clock;
    protected final Grid<Lead> grid = new Grid<>(Lead.class, false);
    final TextField search = new TextField();
    final Checkbox overdueOnly = new Checkbox();

    LeadGridView(LeadManagement leads, WeirUser viewer, Clock clock, String titleKey) {
        this.leads = leads;
        this.clock = clock;
        this.viewer = viewer;
        setSizeFull();
        search.setId("lead-search");
        search.setPlaceholder(getTranslation("filter.text"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> refresh());
        overdueOnly.setLabel(getTranslation("filter.overdue"));
        overdueOnly.addValueChangeListener(change -> refresh());
        grid.setId("lead-grid");
        grid.addComponentColumn(lead -> new Countdown(lead, clock.instant())).setHeader(getTranslation("column.deadline")).setAutoWidth(true);
        grid.addColumn(Lead::tier).setHeader(getTranslation("column.tier")).setAutoWidth(true);
        grid.addComponentColumn(lead -> {
            RouterLink link = new RouterLink(lead.contactName(), LeadDetailView.class, new RouteParameters("id", lead.id()));
            link.addClassName("lead-link");
            return link;
        }).setHeader(getTranslation("column.contact")).setAutoWidth(true);
        grid.addColumn(Lead::company).setHeader(getTranslation("column.company")).setFlexGrow(1);
        grid.addColumn(Lead::phone).setHeader(getTranslation("column.phone")).setAutoWidth(true);
        grid.addColumn(Lead::sourceChannel).setHeader(getTranslation("column.source")).setAutoWidth(true);
        grid.addColumn(Lead::region).setHeader(getTranslation("column.region")).setAutoWidth(true);
        addExtraColumns();
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setItems(query -> leads.search(viewer, query(), query.getOffset(), query.getLimit()).stream(),
                query -> leads.count(viewer, query()));
        add(new H3(getTranslation(titleKey)), new HorizontalLayout(search, overdueOnly), grid);
        expand(grid);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        Countdown.installTicker(attach.getUI());
    }

    protected abstract Set<LeadStatus> statuses();

    protected abstract Component actions(Lead lead);

    protected void addExtraColumns() {
    }

    LeadQuery query() {
        return new LeadQuery(statuses(), Set.of(), overdueOnly.getValue(), search.getValue(), assigneeFilter());
    }

    protected String assigneeFilter() {
        return null;
    }

    protected void refresh() {
        grid.getDataProvider().refreshAll();
    }

    protected Span statusBadge(Lead lead) {
        Span badge = new Span(lead.overdue() && lead.awaitsResponse() ? getTranslation("status.overdue")
                : getTranslation("status." + lead.status().name()));
        badge.getElement().getThemeList().add(lead.overdue() && lead.awaitsResponse() ? "badge error" : "badge");
        badge.addClassName("lead-status");
        return badge;
    }

    /** Runs a lead action and reports a refused one in the user's language instead of failing. */
    protected void attempt(Supplier<Lead> action, String doneKey) {
        try {
            action.get();
            Notification.show(getTranslation(doneKey), 3_000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (InvalidInput refused) {
            showError(refused.violations().stream()
                    .map(v -> getTranslation(v.messageKey(), v.arguments().toArray())).reduce((a, b) -> a + "；" + b)
                    .orElse(""));
        } catch (Conflict clash) {
            showError(getTranslation(clash.messageKey(), clash.arguments()));
        } catch (NotFound missing) {
            showError(getTranslation(missing.messageKey()));
            refresh();
        }
    }

    private void showError(String text) {
        Notification.show(text, 5_000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}

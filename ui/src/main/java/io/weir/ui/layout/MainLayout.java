package io.weir.ui.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.weir.platform.identity.CurrentUser;
import io.weir.platform.identity.Role;
import io.weir.platform.identity.WeirUser;
import io.weir.platform.notifications.NotificationManagement;
import io.weir.ui.alerts.AlertChannelsView;
import io.weir.ui.designer.PolicyDesignerView;
import io.weir.ui.inbox.InboxView;
import io.weir.ui.inbox.PoolView;
import io.weir.ui.inbox.TeamLeadsView;
import io.weir.ui.leads.LeadFormView;
import io.weir.ui.leads.LeadImportView;
import io.weir.ui.reports.ResponseHealthView;
import java.util.Locale;

/** The frame of every signed-in page: navigation by role, the notification bell, language switch, sign-out. */
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, NotificationManagement notifications,
                      AuthenticationContext authentication) {
        WeirUser user = currentUser.require();
        H2 title = new H2("Weir 筑坝");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Span who = new Span(user.displayName());
        Button language = new Button(getTranslation("nav.language"), click -> switchLanguage());
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button logout = new Button(getTranslation("nav.logout"), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title,
                new NotificationBell(notifications, user.username()), who, language, logout);
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.expand(title);
        header.getStyle().set("padding", "0 var(--lumo-space-m)");
        addToNavbar(header);
        addToDrawer(navigation(user));
        if (user.role() != Role.REP) {
            // reps act on leads; whoever runs the team watches whether alerts still get through
            getElement().appendChild(new ChannelStatusButton(notifications, user.role() == Role.ADMIN).getElement());
        }
    }

    private SideNav navigation(WeirUser user) {
        SideNav nav = new SideNav();
        if (user.role() != Role.AUDITOR) {
            nav.addItem(new SideNavItem(getTranslation("nav.new-lead"), LeadFormView.class));
        }
        if (user.role() == Role.REP) {
            nav.addItem(new SideNavItem(getTranslation("nav.inbox"), InboxView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.pool"), PoolView.class));
        }
        if (user.role() != Role.REP) {
            nav.addItem(new SideNavItem(getTranslation("nav.team"), TeamLeadsView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.reports"), ResponseHealthView.class));
        }
        if (user.role() == Role.MANAGER || user.role() == Role.ADMIN) {
            nav.addItem(new SideNavItem(getTranslation("nav.import"), LeadImportView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.designer"), PolicyDesignerView.class));
        }
        if (user.role() == Role.ADMIN) {
            nav.addItem(new SideNavItem(getTranslation("nav.alerts"), AlertChannelsView.class));
        }
        return nav;
    }

    private void switchLanguage() {
        Locale next = "en".equals(getLocale().getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        VaadinSession.getCurrent().setLocale(next);
        UI.getCurrent().getPage().reload();
    }
}

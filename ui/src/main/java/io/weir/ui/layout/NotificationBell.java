package io.weir.ui.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import io.weir.platform.notifications.InAppNotification;
import io.weir.platform.notifications.NotificationManagement;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The bell with the unread count; opens the latest notifications. The count refreshes every few seconds. */
class NotificationBell extends Composite<Div> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final NotificationManagement notifications;
    private final String username;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span badge = new Span();
    private final VerticalLayout list = new VerticalLayout();

    NotificationBell(NotificationManagement notifications, String username) {
        this.notifications = notifications;
        this.username = username;
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.setId("notification-bell");
        badge.getElement().getThemeList().add("badge error pill small");
        badge.setId("notification-count");
        Popover popover = new Popover();
        popover.setTarget(bell);
        popover.add(list);
        popover.addOpenedChangeListener(open -> {
            if (open.isOpened()) {
                fill();
            }
        });
        getContent().add(bell, badge);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        refreshCount();
        attach.getUI().setPollInterval(5_000);
        attach.getUI().addPollListener(poll -> refreshCount());
    }

    private void refreshCount() {
        int unread = notifications.unreadCount(username);
        badge.setText(String.valueOf(unread));
        badge.setVisible(unread > 0);
    }

    private void fill() {
        list.removeAll();
        var latest = notifications.latest(username, 20);
        if (latest.isEmpty()) {
            list.add(new Span(getTranslation("bell.empty")));
        }
        for (InAppNotification entry : latest) {
            Span heading = new Span(TIME.format(entry.createdAt()) + " · " + entry.title());
            Div item = entry.link() == null ? new Div(heading, new Div(entry.body()))
                    : new Div(new Anchor(entry.link().replaceFirst("^/", ""), heading), new Div(entry.body()));
            item.getStyle().set("font-weight", entry.read() ? "normal" : "bold").set("max-width", "28em");
            list.add(item);
        }
        list.add(new Button(getTranslation("bell.mark-read"), click -> {
            notifications.markAllRead(username);
            refreshCount();
            fill();
        }));
    }
}

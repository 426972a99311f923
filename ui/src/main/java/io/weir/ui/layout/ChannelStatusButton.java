package io.weir.ui.layout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import io.weir.platform.notifications.ChannelHealth;
import io.weir.platform.notifications.NotificationManagement;
import io.weir.ui.alerts.AlertChannelsView;
import io.weir.ui.alerts.ChannelHealthGrid;
import java.util.List;

/**
 * The floating status light on every page: green while every channel in use delivers, amber after a failure that may
 * pass, red when one keeps failing. A click shows each channel with its last failure, class and vendor code; admins
 * go on from there to the alert channels page.
 */
class ChannelStatusButton extends Button {

    private final NotificationManagement notifications;
    private final boolean admin;

    ChannelStatusButton(NotificationManagement notifications, boolean admin) {
        this.notifications = notifications;
        this.admin = admin;
        setId("channel-status");
        getStyle().set("position", "fixed").set("right", "var(--lumo-space-l)").set("bottom", "var(--lumo-space-l)")
                .set("z-index", "100").set("border-radius", "999px").set("box-shadow", "var(--lumo-box-shadow-m)");
        addClickListener(click -> openDetails());
        refresh();
    }

    void refresh() {
        ChannelHealth.State worst = worst(notifications.channelHealth());
        setText(getTranslation("channels.status." + worst.name()));
        getElement().setAttribute("data-state", worst.name());
        String colour = switch (worst) {
            case RED -> "var(--lumo-error-color)";
            case AMBER -> "#d98c00";
            default -> "var(--lumo-success-color)";
        };
        getStyle().set("background", colour).set("color", "white");
    }

    static ChannelHealth.State worst(List<ChannelHealth> channels) {
        if (channels.stream().anyMatch(c -> c.state() == ChannelHealth.State.RED)) {
            return ChannelHealth.State.RED;
        }
        return channels.stream().anyMatch(c -> c.state() == ChannelHealth.State.AMBER) ? ChannelHealth.State.AMBER
                : ChannelHealth.State.GREEN;
    }

    private void openDetails() {
        refresh();
        Dialog dialog = new Dialog(getTranslation("channels.title"));
        ChannelHealthGrid grid = new ChannelHealthGrid();
        grid.setWidth("760px");
        grid.setItems(notifications.channelHealth());
        dialog.add(grid);
        dialog.getFooter().add(new Button(getTranslation("action.close"), close -> dialog.close()));
        if (admin) {
            Button manage = new Button(getTranslation("channels.manage"), click -> {
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(AlertChannelsView.class));
            });
            manage.setId("open-alerts");
            manage.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(manage);
        }
        dialog.open();
    }
}

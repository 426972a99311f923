package io.weir.ui.alerts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.weir.platform.notifications.ChannelAddress;
import io.weir.platform.notifications.NotificationManagement;
import io.weir.platform.shared.InvalidInput;

/**
 * Each person's WeCom UserID where it is not their Weir username (accounts not synced from the WeCom address book):
 * typed in and saved per row; an empty field goes back to the username.
 */
class WeComAccountsGrid extends Grid<ChannelAddress> {

    private final NotificationManagement notifications;
    private final String me;

    WeComAccountsGrid(NotificationManagement notifications, String me) {
        this.notifications = notifications;
        this.me = me;
        setId("wecom-accounts");
        setAllRowsVisible(true);
        addColumn(ChannelAddress::displayName).setHeader(getTranslation("alerts.accounts.name")).setAutoWidth(true);
        addColumn(ChannelAddress::username).setHeader(getTranslation("alerts.accounts.username")).setAutoWidth(true);
        addComponentColumn(this::editor).setHeader(getTranslation("alerts.accounts.wecom")).setFlexGrow(1);
        refresh();
    }

    private HorizontalLayout editor(ChannelAddress address) {
        TextField userId = new TextField();
        userId.setId("wecom-account-" + address.username());
        userId.setPlaceholder(address.username());
        userId.setValue(address.address() == null ? "" : address.address());
        Button save = new Button(getTranslation("alerts.accounts.save"), click -> {
            try {
                notifications.setChannelAddress("wecom", address.username(), userId.getValue(), me);
                userId.setInvalid(false);
                Notification.show(getTranslation("alerts.accounts.saved", address.displayName(),
                                userId.getValue().isBlank() ? address.username() : userId.getValue().trim()), 5_000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInput refused) {
                userId.setErrorMessage(refused.violations().stream()
                        .map(v -> getTranslation(v.messageKey(), v.arguments().toArray())).findFirst().orElse(""));
                userId.setInvalid(true);
            }
        });
        save.setId("wecom-account-save-" + address.username());
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout row = new HorizontalLayout(userId, save);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return row;
    }

    void refresh() {
        setItems(notifications.channelAddresses("wecom"));
    }
}

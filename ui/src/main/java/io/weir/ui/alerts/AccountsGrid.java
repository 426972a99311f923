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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Each person's account on the channels whose accounts are not Weir usernames (WeCom applications, DingTalk work
 * notifications), for people not synced from the vendor's address book: typed in and saved per cell; an empty field
 * goes back to the username.
 */
class AccountsGrid extends Grid<AccountsGrid.Person> {

    static final List<String> CHANNELS = List.of("wecom", "dingtalk-work");

    /** One person with their address on each channel. */
    record Person(String username, String displayName, Map<String, ChannelAddress> addresses) {
    }

    private final NotificationManagement notifications;
    private final String me;

    AccountsGrid(NotificationManagement notifications, String me) {
        this.notifications = notifications;
        this.me = me;
        setId("accounts");
        setAllRowsVisible(true);
        addColumn(Person::displayName).setHeader(getTranslation("alerts.accounts.name")).setAutoWidth(true);
        addColumn(Person::username).setHeader(getTranslation("alerts.accounts.username")).setAutoWidth(true);
        for (String channel : CHANNELS) {
            addComponentColumn(person -> editor(person, channel))
                    .setHeader(getTranslation("alerts.accounts." + channel)).setFlexGrow(1);
        }
        refresh();
    }

    private HorizontalLayout editor(Person person, String channel) {
        ChannelAddress address = person.addresses().get(channel);
        TextField account = new TextField();
        account.setId(channel + "-account-" + person.username());
        account.setPlaceholder(person.username());
        account.setValue(address == null || address.address() == null ? "" : address.address());
        Button save = new Button(getTranslation("alerts.accounts.save"), click -> {
            try {
                notifications.setChannelAddress(channel, person.username(), account.getValue(), me);
                account.setInvalid(false);
                Notification.show(getTranslation("alerts.accounts.saved", person.displayName(),
                                getTranslation("channels.name." + channel),
                                account.getValue().isBlank() ? person.username() : account.getValue().trim()), 5_000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInput refused) {
                account.setErrorMessage(refused.violations().stream()
                        .map(v -> getTranslation(v.messageKey(), v.arguments().toArray())).findFirst().orElse(""));
                account.setInvalid(true);
            }
        });
        save.setId(channel + "-account-save-" + person.username());
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout cell = new HorizontalLayout(account, save);
        cell.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return cell;
    }

    void refresh() {
        Map<String, Map<String, ChannelAddress>> byPerson = CHANNELS.stream()
                .flatMap(channel -> notifications.channelAddresses(channel).stream())
                .collect(Collectors.groupingBy(ChannelAddress::username,
                        Collectors.toMap(ChannelAddress::channel, Function.identity())));
        setItems(notifications.channelAddresses(CHANNELS.get(0)).stream()
                .map(address -> new Person(address.username(), address.displayName(), byPerson.get(address.username())))
                .toList());
    }
}

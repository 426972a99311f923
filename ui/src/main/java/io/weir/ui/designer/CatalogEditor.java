package io.weir.ui.designer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.weir.platform.leads.LeadManagement;
import io.weir.platform.shared.InvalidInput;
import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The lists a manager extends without code: lead source channels and the key-node tags of a response. */
class CatalogEditor extends VerticalLayout {

    CatalogEditor(LeadManagement leads) {
        setPadding(false);
        add(list("catalog.sources", "new-source", leads::sourceChannels, leads::addSourceChannel),
                list("catalog.tags", "new-tag", leads::responseTags, leads::addResponseTag));
    }

    private HorizontalLayout list(String labelKey, String id, Supplier<Collection<String>> items, Consumer<String> add) {
        Span current = new Span();
        current.setId(id + "-list");
        Runnable refresh = () -> current.setText(String.join("、", items.get()));
        TextField name = new TextField();
        name.setId(id);
        name.setPlaceholder(getTranslation("catalog.new"));
        name.setMaxLength(40);
        Button addButton = new Button(getTranslation("catalog.add"), click -> {
            try {
                add.accept(name.getValue());
                name.clear();
                refresh.run();
                Notification.show(getTranslation("catalog.added"), 3_000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInput refused) {
                name.setInvalid(true);
                name.setErrorMessage(refused.violations().stream()
                        .map(v -> getTranslation(v.messageKey(), v.arguments().toArray())).findFirst().orElse(""));
            }
        });
        addButton.setId(id + "-add");
        refresh.run();
        Span label = new Span(getTranslation(labelKey));
        label.getStyle().set("font-weight", "600");
        HorizontalLayout row = new HorizontalLayout(label, current, name, addButton);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWidthFull();
        row.expand(current);
        return row;
    }
}

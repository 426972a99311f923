package io.weir.ui.inbox;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import io.weir.platform.leads.FirstResponse;
import io.weir.platform.leads.ResponseChannel;
import java.util.List;
import java.util.function.Consumer;

/** Records a first response: channel, note and one-click key-node tags. */
public class RespondDialog extends Dialog {

    final RadioButtonGroup<ResponseChannel> channel = new RadioButtonGroup<>();
    final TextArea note = new TextArea();
    final CheckboxGroup<String> tags = new CheckboxGroup<>();

    public RespondDialog(List<String> knownTags, Consumer<FirstResponse> onSave) {
        setHeaderTitle(getTranslation("respond.title"));
        channel.setLabel(getTranslation("respond.channel"));
        channel.setItems(ResponseChannel.values());
        channel.setItemLabelGenerator(value -> getTranslation("channel." + value.name()));
        channel.setValue(ResponseChannel.PHONE);
        note.setLabel(getTranslation("respond.note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        note.setId("response-note");
        tags.setLabel(getTranslation("respond.tags"));
        tags.setItems(knownTags);
        add(new VerticalLayout(channel, tags, note));
        Button save = new Button(getTranslation("action.save"), click -> {
            onSave.accept(new FirstResponse(channel.getValue(), note.getValue(), List.copyOf(tags.getValue())));
            close();
        });
        save.setId("save-response");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}

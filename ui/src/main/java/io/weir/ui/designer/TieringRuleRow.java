package io.weir.ui.designer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.weir.platform.policies.TieringRule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** One editable row of the tier table: which sources, which tier and goal, how many minutes to respond and recycle. */
class TieringRuleRow extends HorizontalLayout {

    final Span number = new Span();
    final MultiSelectComboBox<String> sources = new MultiSelectComboBox<>();
    final TextField tier = new TextField();
    final TextField goal = new TextField();
    final IntegerField responseMinutes = new IntegerField();
    final IntegerField recycleMinutes = new IntegerField();
    final Button up = new Button(VaadinIcon.ARROW_UP.create());
    final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button remove = new Button(VaadinIcon.TRASH.create());

    /** Column headings above the rows, aligned with the fields' widths. */
    static HorizontalLayout headings(java.util.function.Function<String, String> text) {
        HorizontalLayout headings = new HorizontalLayout();
        String[][] columns = {{"", "2rem"}, {"designer.column.sources", "22rem"}, {"designer.column.tier", "4rem"},
                {"designer.column.goal", "10rem"}, {"designer.column.response", "8rem"},
                {"designer.column.recycle", "8rem"}};
        for (String[] column : columns) {
            Span heading = new Span(column[0].isEmpty() ? "#" : text.apply(column[0]));
            heading.setWidth(column[1]);
            heading.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-s)");
            headings.add(heading);
        }
        return headings;
    }

    TieringRuleRow(TieringRule rule, Collection<String> knownSources) {
        addClassName("tiering-rule");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        number.setWidth("2rem");
        List<String> choices = new ArrayList<>(new LinkedHashSet<>(knownSources));
        rule.sources().stream().filter(source -> !choices.contains(source)).forEach(choices::add);
        sources.setItems(choices);
        sources.setPlaceholder(getTranslation("designer.any-source"));
        sources.setWidth("22rem");
        sources.addClassName("rule-sources");
        tier.setWidth("4rem");
        tier.setMaxLength(1);
        tier.addClassName("rule-tier");
        goal.setWidth("10rem");
        goal.setMaxLength(20);
        goal.addClassName("rule-goal");
        responseMinutes.setWidth("8rem");
        responseMinutes.setSuffixComponent(new Span(getTranslation("designer.minutes")));
        responseMinutes.addClassName("rule-response-minutes");
        recycleMinutes.setWidth("8rem");
        recycleMinutes.setSuffixComponent(new Span(getTranslation("designer.minutes")));
        recycleMinutes.addClassName("rule-recycle-minutes");
        for (Button button : List.of(up, down, remove)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        up.setTooltipText(getTranslation("designer.move-up"));
        down.setTooltipText(getTranslation("designer.move-down"));
        remove.setTooltipText(getTranslation("designer.remove-row"));
        sources.setValue(new LinkedHashSet<>(rule.sources()));
        tier.setValue(Objects.requireNonNullElse(rule.tier(), ""));
        goal.setValue(Objects.requireNonNullElse(rule.goal(), ""));
        responseMinutes.setValue(rule.responseMinutes());
        recycleMinutes.setValue(rule.recycleMinutes());
        add(number, sources, tier, goal, responseMinutes, recycleMinutes, up, down, remove);
    }

    /** The row as the designer reads it; empty numbers become 0 so the policy checks name them. */
    TieringRule toRule() {
        return new TieringRule(List.copyOf(sources.getValue()), tier.getValue().trim().toUpperCase(java.util.Locale.ROOT),
                goal.getValue().trim(), Objects.requireNonNullElse(responseMinutes.getValue(), 0),
                Objects.requireNonNullElse(recycleMinutes.getValue(), 0));
    }
}

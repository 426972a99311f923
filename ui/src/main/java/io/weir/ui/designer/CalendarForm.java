package io.weir.ui.designer;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import io.weir.platform.policies.WorkingCalendar;
import io.weir.platform.shared.InvalidInput;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The working calendar of a policy: around the clock, or business hours with workdays, holidays and make-up days. */
class CalendarForm extends FormLayout {

    final RadioButtonGroup<WorkingCalendar.Mode> mode = new RadioButtonGroup<>();
    final TimePicker opensAt = new TimePicker();
    final TimePicker closesAt = new TimePicker();
    final CheckboxGroup<DayOfWeek> workdays = new CheckboxGroup<>();
    final TextArea holidays = new TextArea();
    final TextArea extraWorkdays = new TextArea();

    CalendarForm(WorkingCalendar calendar, Locale locale) {
        mode.setId("calendar-mode");
        mode.setLabel(getTranslation("designer.calendar.mode"));
        mode.setItems(WorkingCalendar.Mode.values());
        mode.setItemLabelGenerator(value -> getTranslation("designer.calendar.mode." + value.name()));
        opensAt.setLabel(getTranslation("designer.calendar.opens"));
        closesAt.setLabel(getTranslation("designer.calendar.closes"));
        workdays.setLabel(getTranslation("designer.calendar.workdays"));
        workdays.setItems(DayOfWeek.values());
        workdays.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.SHORT, locale));
        holidays.setLabel(getTranslation("designer.calendar.holidays"));
        holidays.setHelperText(getTranslation("designer.calendar.dates-help"));
        extraWorkdays.setLabel(getTranslation("designer.calendar.extra-workdays"));
        extraWorkdays.setHelperText(getTranslation("designer.calendar.dates-help"));
        mode.addValueChangeListener(change -> showHours(change.getValue() == WorkingCalendar.Mode.BUSINESS_HOURS));
        add(mode, 2);
        add(opensAt, closesAt);
        add(workdays, 2);
        add(holidays, extraWorkdays);
        mode.setValue(calendar.mode());
        opensAt.setValue(calendar.opensAt());
        closesAt.setValue(calendar.mode() == WorkingCalendar.Mode.ALWAYS ? LocalTime.of(18, 0) : calendar.closesAt());
        workdays.setValue(calendar.workdays());
        holidays.setValue(dates(calendar.holidays()));
        extraWorkdays.setValue(dates(calendar.extraWorkdays()));
        showHours(calendar.mode() == WorkingCalendar.Mode.BUSINESS_HOURS);
    }

    private void showHours(boolean businessHours) {
        opensAt.setVisible(businessHours);
        closesAt.setVisible(businessHours);
        workdays.setVisible(businessHours);
        holidays.setVisible(businessHours);
        extraWorkdays.setVisible(businessHours);
    }

    /** The calendar as entered; refuses dates it cannot read, naming the field. */
    WorkingCalendar toCalendar() {
        if (mode.getValue() != WorkingCalendar.Mode.BUSINESS_HOURS) {
            return WorkingCalendar.aroundTheClock();
        }
        return new WorkingCalendar(WorkingCalendar.Mode.BUSINESS_HOURS, WorkingCalendar.CHINA, opensAt.getValue(),
                closesAt.getValue(), workdays.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(workdays.getValue()),
                parse("calendar.holidays", holidays.getValue()), parse("calendar.extraWorkdays", extraWorkdays.getValue()));
    }

    private static Set<LocalDate> parse(String field, String text) {
        Set<LocalDate> dates = new TreeSet<>();
        for (String token : text.split("[\\s,，、;；]+")) {
            if (token.isBlank()) {
                continue;
            }
            try {
                dates.add(LocalDate.parse(token.trim()));
            } catch (DateTimeParseException unreadable) {
                throw InvalidInput.of(field, "designer.calendar.date-invalid", token.trim());
            }
        }
        return dates;
    }

    private static String dates(Set<LocalDate> dates) {
        return new TreeSet<>(dates).stream().map(LocalDate::toString).collect(Collectors.joining("\n"));
    }
}

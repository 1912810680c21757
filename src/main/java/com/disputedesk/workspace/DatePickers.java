package com.disputedesk.workspace;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.Locale;

/** A date picker's own words (months, weekdays, Today, Cancel) in the user's language, weeks from Monday. */
public final class DatePickers {
  private DatePickers() {}

  public static DatePicker.DatePickerI18n i18n(Locale locale) {
    DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
    UI ui = UI.getCurrent();
    return new DatePicker.DatePickerI18n()
        .setMonthNames(Arrays.asList(standalone(locale)))
        .setWeekdays(Arrays.asList(Arrays.copyOfRange(symbols.getWeekdays(), 1, 8)))
        .setWeekdaysShort(Arrays.asList(Arrays.copyOfRange(symbols.getShortWeekdays(), 1, 8)))
        .setFirstDayOfWeek(1)
        .setToday(ui == null ? "Today" : ui.getTranslation("calendar.today"))
        .setCancel(ui == null ? "Cancel" : ui.getTranslation("common.cancel"));
  }

  /** "Январь", not "января": a month named on its own. */
  private static String[] standalone(Locale locale) {
    return Arrays.stream(java.time.Month.values())
        .map(m -> m.getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, locale))
        .map(name -> name.substring(0, 1).toUpperCase(locale) + name.substring(1)).toArray(String[]::new);
  }
}

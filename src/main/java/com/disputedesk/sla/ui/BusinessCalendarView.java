package com.disputedesk.sla.ui;

import com.disputedesk.workspace.UiErrors;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.sla.BusinessCalendar;
import com.disputedesk.sla.CalendarChanges;
import com.disputedesk.workspace.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

/** Operations leads set the country for public holidays, the zone and custom closures, and see the working days. */
@Route(value = "business-calendar", layout = MainLayout.class)
@RolesAllowed({"OPS_LEAD", "ADMIN"})
class BusinessCalendarView extends VerticalLayout implements com.vaadin.flow.router.BeforeLeaveObserver, com.disputedesk.workspace.Titled {
  final ComboBox<String> country = new ComboBox<>();
  final TextField zone = new TextField();
  final Grid<BusinessCalendar.Closure> closures = new Grid<>();
  final DatePicker day = new DatePicker();
  final TextField description = new TextField();
  final Checkbox retime = new Checkbox();
  final Button save = new Button();
  final Div month = new Div();
  private final List<BusinessCalendar.Closure> items = new ArrayList<>();
  private final BusinessCalendar calendar;
  private YearMonth shown = YearMonth.now();
  /** Closures added or removed but not saved: leaving asks first, they are never lost silently. */
  boolean unsaved;

  BusinessCalendarView(BusinessCalendar calendar, CalendarChanges changes, AuthenticationContext auth) {
    this.calendar = calendar;
    String user = auth.getPrincipalName().orElseThrow();
    BusinessCalendar.Settings settings = calendar.settings();
    country.setLabel(getTranslation("calendar.country"));
    country.setItems(BusinessCalendar.supportedCountries());
    country.setItemLabelGenerator(code -> new java.util.Locale("", code).getDisplayCountry(getLocale()) + " (" + code + ")");
    country.setValue(settings.country());
    zone.setLabel(getTranslation("calendar.zone"));
    zone.setValue(settings.zone().getId());
    items.addAll(settings.closures());
    closures.addColumn(BusinessCalendar.Closure::day).setHeader(getTranslation("calendar.day")).setAutoWidth(true);
    closures.addColumn(BusinessCalendar.Closure::description).setHeader(getTranslation("calendar.description"));
    closures.addComponentColumn(c -> new Button(getTranslation("calendar.remove"), e -> {
      items.remove(c);
      unsaved = true;
      refresh();
    })).setAutoWidth(true);
    closures.setAllRowsVisible(true);
    closures.setEmptyStateText(getTranslation("calendar.noClosures"));
    day.setLabel(getTranslation("calendar.day"));
    day.setLocale(getLocale());
    day.setI18n(com.disputedesk.workspace.DatePickers.i18n(getLocale()));
    description.setLabel(getTranslation("calendar.description"));
    Button add = new Button(getTranslation("calendar.add"), e -> {
      day.setInvalid(day.getValue() == null);
      day.setErrorMessage(getTranslation("calendar.dayRequired"));
      description.setInvalid(description.getValue().isBlank());
      description.setErrorMessage(getTranslation("calendar.descriptionRequired"));
      if (day.getValue() != null && !description.getValue().isBlank()) {
        unsaved = true;
        items.removeIf(c -> c.day().equals(day.getValue()));
        items.add(new BusinessCalendar.Closure(day.getValue(), description.getValue().strip()));
        items.sort(java.util.Comparator.comparing(BusinessCalendar.Closure::day));
        day.clear();
        description.clear();
        refresh();
      }
    });
    retime.setLabel(getTranslation("calendar.retime"));
    save.setText(getTranslation("common.save"));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(e -> {
      try {
        int moved = changes.change(country.getValue(), zone.getValue(), List.copyOf(items), user, retime.getValue());
        unsaved = false;
        Notification.show(getTranslation("calendar.saved", moved), 4000, Notification.Position.BOTTOM_START)
            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
      } catch (InvalidInput ex) {
        UiErrors.show(ex);
      }
    });
    HorizontalLayout addRow = new HorizontalLayout(day, description, add);
    addRow.setAlignItems(Alignment.BASELINE);
    HorizontalLayout monthNav = new HorizontalLayout(new Button("‹", e -> { shown = shown.minusMonths(1); refresh(); }),
        new Button("›", e -> { shown = shown.plusMonths(1); refresh(); }));
    add(new H2(getTranslation("nav.calendar")), new HorizontalLayout(country, zone), new H3(getTranslation(
        "calendar.closures")), closures, addRow, retime, save, new H3(getTranslation("calendar.month")), monthNav,
        month);
    refresh();
  }

  void refresh() {
    closures.setItems(items);
    month.removeAll();
    month.addClassName("dd-month");
    month.add(new Div(shown.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, getLocale()) + " " + shown.getYear()));
    Div days = new Div();
    days.addClassName("dd-month-days");
    for (java.time.DayOfWeek weekday : java.time.DayOfWeek.values()) {
      Span header = new Span(weekday.getDisplayName(TextStyle.SHORT_STANDALONE, getLocale()));
      header.addClassName("dd-weekday");
      days.add(header);
    }
    for (int blank = 1; blank < shown.atDay(1).getDayOfWeek().getValue(); blank++) {
      days.add(new Span());
    }
    for (int d = 1; d <= shown.lengthOfMonth(); d++) {
      LocalDate date = shown.atDay(d);
      Span cell = new Span(String.valueOf(d));
      boolean closed = items.stream().anyMatch(c -> c.day().equals(date));
      cell.addClassName(closed ? "dd-day-closed" : calendar.isPublicHoliday(date) ? "dd-day-holiday"
          : calendar.isWorkingDay(date) ? "dd-day-working" : "dd-day-weekend");
      days.add(cell);
    }
    month.add(days);
  }

  @Override
  public void beforeLeave(com.vaadin.flow.router.BeforeLeaveEvent event) {
    if (!unsaved) {
      return;
    }
    var action = event.postpone();
    var dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(getTranslation("calendar.unsaved.title"),
        getTranslation("calendar.unsaved.text"), getTranslation("calendar.unsaved.leave"), e -> {
          unsaved = false;
          action.proceed();
        });
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("calendar.unsaved.stay"));
    dialog.setConfirmButtonTheme("error primary");
    dialog.open();
  }
}

package com.disputedesk.search.ui;

import com.disputedesk.search.CaseKind;
import com.disputedesk.search.CaseQuery;
import com.disputedesk.workspace.DatePickers;
import com.disputedesk.workspace.Formats;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The search box and the filters of the case search; what they say is a {@link CaseQuery} and a URL. */
class CaseFilters extends FlexLayout {
  /** The state filter's two choices that hold for every kind; the rest are a kind's own statuses. */
  static final String OPEN = "open";
  static final String CLOSED = "closed";
  final TextField search = new TextField();
  final Select<CaseKind> kind = new Select<>();
  final Select<String> state = new Select<>();
  final Select<String> reason = new Select<>();
  final Select<String> outcome = new Select<>();
  final TextField decidedBy = new TextField();
  final DatePicker openedFrom = new DatePicker();
  final DatePicker openedTo = new DatePicker();
  final Checkbox breached = new Checkbox();
  final Select<CaseQuery.Sort> sort = new Select<>();

  private final Set<CaseKind> visible;

  CaseFilters(Set<CaseKind> visible, Runnable changed) {
    this.visible = visible;
    addClassName("dd-filters");
    setFlexWrap(FlexWrap.WRAP);
    search.setPlaceholder(getTranslation("cases.search.placeholder"));
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setValueChangeTimeout(350);
    search.setAriaLabel(getTranslation("cases.search"));
    search.addClassName("dd-case-search");
    kind.setLabel(getTranslation("cases.kind"));
    kind.setEmptySelectionAllowed(visible.size() != 1);
    kind.setEmptySelectionCaption(getTranslation("cases.any"));
    kind.setItems(visible.stream().sorted().toList());
    kind.setItemLabelGenerator(k -> k == null ? getTranslation("cases.any") : CaseWords.kind(k));
    state.setLabel(getTranslation("cases.state"));
    reason.setLabel(getTranslation("cases.reason"));
    outcome.setLabel(getTranslation("cases.outcome"));
    for (Select<String> s : List.of(state, reason, outcome)) {
      s.setEmptySelectionAllowed(true);
      s.setEmptySelectionCaption(getTranslation("cases.any"));
    }
    decidedBy.setLabel(getTranslation("cases.decidedBy"));
    decidedBy.setClearButtonVisible(true);
    decidedBy.setValueChangeMode(ValueChangeMode.LAZY);
    openedFrom.setLabel(getTranslation("cases.openedFrom"));
    openedTo.setLabel(getTranslation("cases.openedTo"));
    openedFrom.setI18n(DatePickers.i18n(getLocale()));
    openedTo.setI18n(DatePickers.i18n(getLocale()));
    openedFrom.setLocale(getLocale());
    openedTo.setLocale(getLocale());
    breached.setLabel(getTranslation("cases.breached"));
    sort.setLabel(getTranslation("cases.sort"));
    sort.setItems(CaseQuery.Sort.values());
    sort.setItemLabelGenerator(s -> getTranslation("cases.sort." + s.name()));
    sort.setValue(CaseQuery.Sort.NEWEST);
    kind.addValueChangeListener(e -> kindChosen(e.getValue()));
    kindChosen(null);
    add(search, kind, state, reason, outcome, decidedBy, openedFrom, openedTo, breached, sort);
    search.addValueChangeListener(e -> changed.run());
    kind.addValueChangeListener(e -> changed.run());
    List.of(state, reason, outcome).forEach(f -> f.addValueChangeListener(e -> changed.run()));
    decidedBy.addValueChangeListener(e -> changed.run());
    List.of(openedFrom, openedTo).forEach(f -> f.addValueChangeListener(e -> changed.run()));
    breached.addValueChangeListener(e -> changed.run());
    sort.addValueChangeListener(e -> changed.run());
  }

  /**
   * A kind's own statuses, reasons and outcomes; with no kind only open and closed mean the same everywhere. A choice
   * the new kind also has is kept (closed stays closed); one it does not have is cleared while its words still exist.
   */
  private void kindChosen(CaseKind k) {
    List<String> states = new ArrayList<>(List.of(OPEN, CLOSED));
    if (k != null) {
      states.addAll(CaseWords.STATUSES.get(k));
    }
    List<String> reasons = k == null ? List.of() : CaseWords.REASONS.getOrDefault(k, List.of());
    List<String> outcomes = k == null ? List.of() : CaseWords.OUTCOMES.get(k);
    String keptState = keep(state, states);
    String keptReason = keep(reason, reasons);
    String keptOutcome = keep(outcome, outcomes);
    // the words first: setItems renders the new codes with whatever generator is set
    state.setItemLabelGenerator(s -> s == null ? getTranslation("cases.any") : OPEN.equals(s) || CLOSED.equals(s)
        ? getTranslation("cases.state." + s) : k == null ? s : CaseWords.status(k, s));
    state.setItems(states);
    state.setValue(keptState);
    reason.setItemLabelGenerator(r -> r == null || k == null ? getTranslation("cases.any") : CaseWords.reason(k, r));
    reason.setItems(reasons);
    reason.setValue(keptReason);
    reason.setEnabled(!reasons.isEmpty());
    outcome.setItemLabelGenerator(o -> o == null || k == null ? getTranslation("cases.any") : CaseWords.outcome(k, o));
    outcome.setItems(outcomes);
    outcome.setValue(keptOutcome);
    outcome.setEnabled(k != null);
    for (Select<String> s : List.of(reason, outcome)) {
      s.setTooltipText(k == null ? getTranslation("cases.kindFirst") : null);
    }
  }

  /** The select's value if the new choices have it; otherwise it is cleared now, while its words still exist. */
  private static String keep(Select<String> select, List<String> choices) {
    String value = select.getValue();
    if (value != null && !choices.contains(value)) {
      select.clear();
      return null;
    }
    return value;
  }

  CaseQuery query() {
    String s = state.getValue();
    Boolean open = OPEN.equals(s) ? Boolean.TRUE : CLOSED.equals(s) ? Boolean.FALSE : null;
    String status = s == null || open != null ? null : s;
    var zone = Formats.zone();
    return new CaseQuery(search.getValue(), kind.getValue(), open, status, reason.getValue(), outcome.getValue(),
        decidedBy.getValue(), openedFrom.getValue() == null ? null : openedFrom.getValue().atStartOfDay(zone)
        .toInstant(), openedTo.getValue() == null ? null : openedTo.getValue().plusDays(1).atStartOfDay(zone)
        .toInstant(), breached.getValue(), sort.getValue());
  }

  /** Sets the filters from the URL's parameters (see {@link CaseParameters}). */
  void show(CaseParameters.Values v) {
    search.setValue(v.q() == null ? "" : v.q());
    // one kind only (a mediator's disputes): it is chosen, so its reasons and outcomes are offered at once
    kind.setValue(v.kind() != null && visible.contains(v.kind()) ? v.kind()
        : visible.size() == 1 ? visible.iterator().next() : null);
    state.setValue(v.state() != null && listed(state, v.state()) ? v.state() : null);
    reason.setValue(v.reason() != null && listed(reason, v.reason()) ? v.reason() : null);
    outcome.setValue(v.outcome() != null && listed(outcome, v.outcome()) ? v.outcome() : null);
    decidedBy.setValue(v.decidedBy() == null ? "" : v.decidedBy());
    openedFrom.setValue(v.from());
    openedTo.setValue(v.to());
    breached.setValue(v.breached());
    sort.setValue(v.sort() == null ? CaseQuery.Sort.NEWEST : v.sort());
  }

  CaseParameters.Values values() {
    LocalDate from = openedFrom.getValue();
    return new CaseParameters.Values(search.getValue(), kind.getValue(), state.getValue(), reason.getValue(),
        outcome.getValue(), decidedBy.getValue(), from, openedTo.getValue(), breached.getValue(), sort.getValue());
  }

  private static boolean listed(Select<String> select, String value) {
    return select.getListDataView().getItems().anyMatch(value::equals);
  }
}

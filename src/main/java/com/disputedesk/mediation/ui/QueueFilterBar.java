package com.disputedesk.mediation.ui;

import com.disputedesk.dispute.DisputeReason;
import com.disputedesk.workspace.Labels;
import com.disputedesk.worklist.SavedFilter;
import com.disputedesk.worklist.WorkQueueQuery;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The queue's filters, and the user's saved filters that set them all at once. */
class QueueFilterBar extends HorizontalLayout {
  final TextField search = new TextField();
  final ComboBox<DisputeReason> reason = new ComboBox<>();
  final Select<WorkQueueQuery.Sort> sort = new Select<>();
  final ComboBox<String> stage = new ComboBox<>();
  final ComboBox<String> currency = new ComboBox<>();
  final Checkbox mine = new Checkbox();
  final Checkbox overdue = new Checkbox();
  final Checkbox breached = new Checkbox();
  final ComboBox<SavedFilter> saved = new ComboBox<>();
  final Button save = new Button();
  final Button delete = new Button();
  private boolean applying;
  /** The order's direction: set by a grid's column header (the select chooses what to order by, ascending). */
  boolean descending;
  static final List<String> STAGES = List.of("ESCALATED", "REVISION");

  QueueFilterBar(Runnable onChange, Consumer<SavedFilter> onSave, Consumer<SavedFilter> onDelete) {
    addClassName("dd-filters");
    search.setPlaceholder(getTranslation("queue.search"));
    search.setWidth("22em");
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    reason.setPlaceholder(getTranslation("queue.reason"));
    reason.setItems(DisputeReason.values());
    reason.setItemLabelGenerator(Labels::of);
    reason.setClearButtonVisible(true);
    stage.setPlaceholder(getTranslation("queue.stage"));
    stage.setItems(STAGES);
    stage.setItemLabelGenerator(code -> Labels.code("stage", code));
    stage.setClearButtonVisible(true);
    stage.setWidth("11em");
    currency.setPlaceholder(getTranslation("queue.currency"));
    currency.setItems("RUB", "USD", "EUR", "CNY", "KZT", "BYN");
    currency.setAllowCustomValue(true);
    currency.addCustomValueSetListener(e -> currency.setValue(e.getDetail().strip().toUpperCase()));
    currency.setClearButtonVisible(true);
    currency.setWidth("8em");
    sort.setItems(WorkQueueQuery.Sort.values());
    sort.setItemLabelGenerator(s -> getTranslation("queue.sort." + s.name()));
    sort.setValue(WorkQueueQuery.Sort.SLA_DUE);
    mine.setLabel(getTranslation("queue.mine"));
    overdue.setLabel(getTranslation("queue.overdue"));
    breached.setLabel(getTranslation("queue.breached"));
    saved.setPlaceholder(getTranslation("queue.saved"));
    saved.setWidth("15em");
    saved.setItemLabelGenerator(SavedFilter::name);
    saved.addValueChangeListener(e -> {
      delete.setEnabled(e.getValue() != null);
      if (e.getValue() != null) {
        apply(e.getValue());
        onChange.run();
      }
    });
    delete.setText(getTranslation("queue.deleteFilter"));
    delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    delete.setEnabled(false);
    delete.addClickListener(e -> {
      if (saved.getValue() != null) {
        onDelete.accept(saved.getValue());
      }
    });
    save.setText(getTranslation("queue.saveFilter"));
    save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    save.addClickListener(e -> new SaveFilterDialog(name -> onSave.accept(current(name))).open());
    search.addValueChangeListener(e -> changed(onChange));
    reason.addValueChangeListener(e -> changed(onChange));
    stage.addValueChangeListener(e -> changed(onChange));
    currency.addValueChangeListener(e -> changed(onChange));
    sort.addValueChangeListener(e -> changed(onChange));
    mine.addValueChangeListener(e -> changed(onChange));
    overdue.addValueChangeListener(e -> changed(onChange));
    breached.addValueChangeListener(e -> changed(onChange));
    add(search, reason, stage, currency, sort, mine, overdue, breached, saved, save, delete);
  }

  void savedFilters(List<SavedFilter> filters) {
    saved.setItems(filters);
  }

  WorkQueueQuery query(WorkQueueQuery base, String user, Instant now) {
    WorkQueueQuery q = new WorkQueueQuery(base.groups(), mine.getValue() ? user : null,
        reason.getValue() == null ? null : reason.getValue().name(), stage.getValue(), currency.getValue(),
        overdue.getValue() ? true : null,
        search.getValue(), sort.getValue() == null ? WorkQueueQuery.Sort.SLA_DUE : sort.getValue(), descending, null);
    return breached.getValue() ? q.breachedAt(now) : q;
  }

  SavedFilter current(String name) {
    return new SavedFilter(name, search.getValue(), reason.getValue() == null ? null : reason.getValue().name(),
        stage.getValue(), currency.getValue(), mine.getValue(), overdue.getValue(), breached.getValue(),
        sort.getValue());
  }

  /** Sets every filter at once (a saved filter, or the URL), running the query once afterwards. */
  void apply(SavedFilter f) {
    applying = true;
    search.setValue(f.text() == null ? "" : f.text());
    reason.setValue(QueueParameters.parse(DisputeReason.class, f.reason()));
    stage.setValue(f.stage());
    currency.setValue(f.currency());
    mine.setValue(f.mine());
    overdue.setValue(f.evidenceOverdue());
    breached.setValue(f.breached());
    sort.setValue(f.sort() == null ? WorkQueueQuery.Sort.SLA_DUE : f.sort());
    applying = false;
  }

  /** The filters as query parameters: a reload, the back button and a shared link show the same rows. */
  Map<String, String> parameters() {
    return QueueParameters.of(current(null), descending);
  }

  /** Orders as a column header asked, without running the query twice (the caller refreshes once). */
  void sortBy(WorkQueueQuery.Sort by, boolean desc) {
    applying = true;
    sort.setValue(by);
    descending = desc;
    applying = false;
  }

  static SavedFilter fromParameters(Map<String, List<String>> p) {
    return QueueParameters.filter(p);
  }

  static boolean descendingIn(Map<String, List<String>> p) {
    return QueueParameters.flag(p, "desc");
  }

  private void changed(Runnable onChange) {
    if (!applying) {
      descending = false; // a filter or the select changed by hand: its own order again
      onChange.run();
    }
  }
}

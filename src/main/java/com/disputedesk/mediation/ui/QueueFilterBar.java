package com.disputedesk.mediation.ui;

import com.disputedesk.dispute.DisputeReason;
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
import java.util.List;
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
  private boolean applying;

  QueueFilterBar(Runnable onChange, Consumer<SavedFilter> onSave) {
    addClassName("dd-filters");
    search.setPlaceholder(getTranslation("queue.search"));
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    reason.setPlaceholder(getTranslation("queue.reason"));
    reason.setItems(DisputeReason.values());
    reason.setClearButtonVisible(true);
    stage.setPlaceholder(getTranslation("queue.stage"));
    stage.setItems("ESCALATED", "REVISION");
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
    saved.setItemLabelGenerator(SavedFilter::name);
    saved.addValueChangeListener(e -> {
      if (e.getValue() != null) {
        apply(e.getValue());
        onChange.run();
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
    add(search, reason, stage, currency, sort, mine, overdue, breached, saved, save);
  }

  void savedFilters(List<SavedFilter> filters) {
    saved.setItems(filters);
  }

  WorkQueueQuery query(WorkQueueQuery base, String user, Instant now) {
    WorkQueueQuery q = new WorkQueueQuery(base.groups(), mine.getValue() ? user : null,
        reason.getValue() == null ? null : reason.getValue().name(), stage.getValue(), currency.getValue(),
        overdue.getValue() ? true : null,
        search.getValue(), sort.getValue() == null ? WorkQueueQuery.Sort.SLA_DUE : sort.getValue(), false, null);
    return breached.getValue() ? q.breachedAt(now) : q;
  }

  SavedFilter current(String name) {
    return new SavedFilter(name, search.getValue(), reason.getValue() == null ? null : reason.getValue().name(),
        mine.getValue(), overdue.getValue(), breached.getValue(), sort.getValue());
  }

  void apply(SavedFilter f) {
    applying = true;
    search.setValue(f.text() == null ? "" : f.text());
    reason.setValue(f.reason() == null ? null : DisputeReason.valueOf(f.reason()));
    mine.setValue(f.mine());
    overdue.setValue(f.evidenceOverdue());
    breached.setValue(f.breached());
    sort.setValue(f.sort() == null ? WorkQueueQuery.Sort.SLA_DUE : f.sort());
    applying = false;
  }

  private void changed(Runnable onChange) {
    if (!applying) {
      onChange.run();
    }
  }
}

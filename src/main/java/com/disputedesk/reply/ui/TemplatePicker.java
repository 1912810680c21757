package com.disputedesk.reply.ui;

import com.disputedesk.reply.ReplyTemplate;
import com.disputedesk.reply.ReplyTemplates;
import com.disputedesk.reply.ReplyValues;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Supplier;

/**
 * "Insert a template" above a form's text: offers the templates that fit the form's outcome and reason and writes the
 * chosen one, filled with the case's values, into the text for the person to edit. Text they typed themselves is
 * only replaced after they say so.
 */
public class TemplatePicker extends ComboBox<ReplyTemplate> {
  private final ReplyTemplates templates;
  private final String purpose;
  private final TextArea target;
  private final Supplier<ReplyValues> values;
  private String lastInserted = "";
  private ConfirmDialog confirm;

  public TemplatePicker(ReplyTemplates templates, String purpose, TextArea target, Supplier<ReplyValues> values) {
    this.templates = templates;
    this.purpose = purpose;
    this.target = target;
    this.values = values;
    setLabel(getTranslation("reply.pick"));
    setItemLabelGenerator(ReplyTemplate::name);
    setWidthFull();
    setClearButtonVisible(true);
    addValueChangeListener(e -> pick(e.getValue()));
    offer(null, null);
  }

  /** The question asked before typed text is replaced, while it is open (for tests). */
  public ConfirmDialog confirm() {
    return confirm;
  }

  /** The form's outcome or reason changed: offer what fits them now. */
  public void offer(String outcome, String reason) {
    List<ReplyTemplate> fitting = templates.fitting(purpose, outcome, reason);
    setItems(fitting);
    setPlaceholder(getTranslation(fitting.isEmpty() ? "reply.pick.none" : "reply.pick.some", fitting.size()));
    setEnabled(!fitting.isEmpty());
  }

  private void pick(ReplyTemplate template) {
    if (template == null) {
      return;
    }
    String filled = values.get().fill(template.body());
    String typed = target.getValue();
    if (typed.isBlank() || typed.equals(lastInserted)) {
      insert(filled);
    } else {
      confirm = new ConfirmDialog(getTranslation("reply.replace.title"), getTranslation("reply.replace.text"),
          getTranslation("reply.replace.ok"), e -> insert(filled));
      confirm.setCancelable(true);
      confirm.setCancelText(getTranslation("common.cancel"));
      confirm.addCancelListener(e -> clear());
      confirm.open();
    }
  }

  private void insert(String text) {
    lastInserted = text;
    target.setValue(text);
    target.focus();
    clear();
  }
}

package com.disputedesk.reply.ui;

import com.disputedesk.common.InvalidInput;
import com.disputedesk.reply.ReplyPurpose;
import com.disputedesk.reply.ReplyTemplate;
import com.disputedesk.reply.ReplyTemplates;
import com.disputedesk.reply.ReplyValues;
import com.disputedesk.workspace.Labels;
import com.disputedesk.workspace.UiErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One template being written: where it is used, for which outcome and reason, its words, and how they will read. */
class ReplyTemplateEditor extends Div {
  final Select<ReplyPurpose> purpose = new Select<>();
  final ComboBox<Enum<?>> outcome = new ComboBox<>();
  final ComboBox<Enum<?>> reason = new ComboBox<>();
  final TextField name = new TextField();
  final TextArea body = new TextArea();
  final Paragraph preview = new Paragraph();
  final Button save = new Button();
  final Button delete = new Button();
  ConfirmDialog confirmDelete;
  private final ReplyTemplates templates;
  private final String lead;
  private final Clock clock;
  private final Runnable onChange;
  private ReplyTemplate editing;

  ReplyTemplateEditor(ReplyTemplates templates, String lead, Clock clock, Runnable onChange) {
    this.templates = templates;
    this.lead = lead;
    this.clock = clock;
    this.onChange = onChange;
    addClassName("dd-card");
    purpose.setLabel(getTranslation("reply.col.purpose"));
    purpose.setWidthFull();
    purpose.setItemLabelGenerator(p -> p == null ? "" : ReplyLabels.purpose(p.code()));
    purpose.setItems(templates.purposes());
    purpose.addValueChangeListener(e -> offerCodes(e.getValue()));
    for (ComboBox<Enum<?>> code : List.of(outcome, reason)) {
      code.setItemLabelGenerator(Labels::of);
      code.setClearButtonVisible(true);
      code.setPlaceholder(ReplyLabels.any());
      code.setWidthFull();
    }
    outcome.setLabel(getTranslation("reply.col.outcome"));
    reason.setLabel(getTranslation("reply.col.reason"));
    name.setLabel(getTranslation("reply.col.name"));
    name.setMaxLength(ReplyTemplates.MAX_NAME);
    name.setWidthFull();
    body.setLabel(getTranslation("reply.body"));
    body.setHelperText(getTranslation("reply.placeholders"));
    body.setMaxLength(ReplyTemplates.MAX_BODY);
    body.setValueChangeMode(ValueChangeMode.EAGER);
    body.setWidthFull();
    body.setMinHeight("10em");
    body.addValueChangeListener(e -> preview.setText(sample().fill(e.getValue())));
    preview.addClassName("dd-preview");
    save.setText(getTranslation("reply.save"));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(e -> save());
    delete.setText(getTranslation("reply.delete"));
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
    delete.addClickListener(e -> askToDelete());
    add(new H3(getTranslation("reply.editor")), purpose, outcome, reason, name, body,
        new Paragraph(getTranslation("reply.preview")), preview, new HorizontalLayout(save, delete));
    edit(null);
  }

  /** {@code null}: a new template. */
  void edit(ReplyTemplate template) {
    editing = template;
    for (com.vaadin.flow.component.HasValidation field
        : new com.vaadin.flow.component.HasValidation[] {purpose, outcome, reason, name, body}) {
      field.setInvalid(false);
    }
    ReplyPurpose p = template == null ? templates.purposes().get(0)
        : templates.purpose(template.purpose()).orElse(templates.purposes().get(0));
    purpose.setValue(p);
    offerCodes(p);
    outcome.setValue(template == null ? null : p.outcome(template.outcome()).orElse(null));
    reason.setValue(template == null ? null : p.reason(template.reason()).orElse(null));
    name.setValue(template == null ? "" : template.name());
    body.setValue(template == null ? "" : template.body());
    delete.setVisible(template != null);
  }

  private void offerCodes(ReplyPurpose p) {
    if (p == null) {
      return;
    }
    outcome.setItems(List.copyOf(p.outcomes()));
    outcome.setVisible(!p.outcomes().isEmpty());
    reason.setItems(List.copyOf(p.reasons()));
    reason.setVisible(!p.reasons().isEmpty());
  }

  private void save() {
    try {
      ReplyTemplate saved = templates.save(editing == null ? null : editing.id(), purpose.getValue().code(),
          outcome.isEmpty() ? null : outcome.getValue().name(), reason.isEmpty() ? null : reason.getValue().name(),
          name.getValue(), body.getValue(), lead);
      Notification.show(getTranslation("reply.saved", saved.name()), 3000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      editing = saved;
      delete.setVisible(true);
      onChange.run();
    } catch (InvalidInput e) {
      UiErrors.mark("reply", e, Map.of("purpose", purpose, "outcome", outcome, "reason", reason, "name", name,
          "body", body));
    }
  }

  private void askToDelete() {
    confirmDelete = new ConfirmDialog(getTranslation("reply.delete.title"),
        getTranslation("reply.delete.text", editing.name()), getTranslation("reply.delete"), e -> {
          templates.delete(editing.id());
          edit(null);
          onChange.run();
        });
    confirmDelete.setCancelable(true);
    confirmDelete.setCancelText(getTranslation("common.cancel"));
    confirmDelete.setConfirmButtonTheme("error primary");
    confirmDelete.open();
  }

  /** Made-up values, so the lead sees how the placeholders read. */
  private ReplyValues sample() {
    return new ReplyValues("buyer-anna", new BigDecimal("1250.00"), "RUB", "ORD-10234",
        clock.instant().plus(Duration.ofDays(7)));
  }
}

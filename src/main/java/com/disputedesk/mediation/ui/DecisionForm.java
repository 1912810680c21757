package com.disputedesk.mediation.ui;

import com.disputedesk.workspace.UiErrors;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.dispute.Dispute;
import com.disputedesk.mediation.DecisionCommand;
import com.disputedesk.mediation.DecisionOutcome;
import com.disputedesk.mediation.DecisionReason;
import com.disputedesk.mediation.MediationDecisions;
import com.disputedesk.mediation.MediationReplies;
import com.disputedesk.reply.ReplyTemplates;
import com.disputedesk.reply.ReplyValues;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.workspace.Formats;
import com.disputedesk.workspace.Labels;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.Map;

/** The decision, validated as it is typed; shows what the parties will receive and asks before sending. */
class DecisionForm extends Div {
  final RadioButtonGroup<DecisionOutcome> outcome = new RadioButtonGroup<>();
  final BigDecimalField amount = new BigDecimalField();
  final ComboBox<DecisionReason> reason = new ComboBox<>();
  final TextArea explanation = new TextArea();
  final com.disputedesk.reply.ui.TemplatePicker template;
  final Paragraph preview = new Paragraph();
  final Button decide = new Button();
  ConfirmDialog confirm;
  /** What the form does with a valid decision: decide, or propose a revision. */
  interface Submit {
    void submit(DecisionCommand command);
  }

  private final Dispute dispute;
  private final MediationDecisions decisions;
  private final Submit action;
  private final Runnable onDecided;

  DecisionForm(Dispute dispute, MediationDecisions decisions, ReplyTemplates replies, String mediator,
      Runnable onDecided) {
    this(dispute, decisions, replies, c -> decisions.decide(dispute.id(), mediator, c), onDecided, "decision.title",
        "decision.submit");
  }

  DecisionForm(Dispute dispute, MediationDecisions decisions, ReplyTemplates replies, Submit action,
      Runnable onDecided, String titleKey, String submitKey) {
    this.dispute = dispute;
    this.decisions = decisions;
    this.action = action;
    this.onDecided = onDecided;
    addClassName("dd-card");
    outcome.setLabel(getTranslation("decision.outcome"));
    outcome.setItems(DecisionOutcome.values());
    outcome.setItemLabelGenerator(Labels::of);
    amount.setLabel(getTranslation("decision.amount", Formats.money(dispute.moneyPaid(), dispute.currency(), getLocale())));
    amount.setSuffixComponent(new Div(Formats.currencySign(dispute.currency(), getLocale())));
    amount.setVisible(false);
    amount.setWidthFull();
    reason.setWidthFull();
    reason.setLabel(getTranslation("decision.reason"));
    reason.setItems(DecisionReason.values());
    reason.setItemLabelGenerator(Labels::of);
    explanation.setLabel(getTranslation("decision.explanation"));
    explanation.setMaxLength(2000);
    explanation.setValueChangeMode(ValueChangeMode.EAGER);
    explanation.setWidthFull();
    explanation.setMinHeight("8em");
    explanation.addValueChangeListener(e -> e.getSource().setHelperText(e.getValue().length() + "/2000"));
    // a revision keeps the appeal window already running; a first decision opens one from now
    template = new com.disputedesk.reply.ui.TemplatePicker(replies, MediationReplies.DECISION, explanation,
        () -> new ReplyValues(dispute.buyerId(), refundChosen(), dispute.currency(), dispute.orderId(),
            dispute.appealDueAt() != null ? dispute.appealDueAt() : decisions.appealDueIfDecidedNow()));
    preview.addClassName("dd-preview");
    decide.setText(getTranslation(submitKey));
    decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    decide.setEnabled(false);
    decide.addClickListener(e -> askToConfirm());
    outcome.addValueChangeListener(e -> {
      amount.setVisible(e.getValue() == DecisionOutcome.PARTIAL_REFUND);
      // only the reasons that justify this outcome are offered; one that no longer fits is cleared
      DecisionReason chosen = reason.getValue();
      reason.setItems(DecisionReason.supporting(e.getValue()));
      reason.setValue(chosen != null && chosen.supports(e.getValue()) ? chosen : null);
      offerTemplates();
      validate();
    });
    amount.addValueChangeListener(e -> validate());
    reason.addValueChangeListener(e -> {
      offerTemplates();
      validate();
    });
    explanation.addValueChangeListener(e -> validate());
    // a typed decision is not lost to a reload or a closed tab without the browser asking first
    for (var field : java.util.List.<com.vaadin.flow.component.HasValue<?, ?>>of(outcome, amount, reason, explanation)) {
      field.addValueChangeListener(e -> guardAgainstReload(!explanation.isEmpty() || outcome.getValue() != null));
    }
    addDetachListener(e -> guardAgainstReload(false));
    add(new H3(getTranslation(titleKey)), outcome, amount, reason, template, explanation, preview, decide);
  }

  private void offerTemplates() {
    template.offer(outcome.getValue() == null ? null : outcome.getValue().name(),
        reason.getValue() == null ? null : reason.getValue().name());
  }

  /** The refund as chosen so far, for a template's {refund}: none yet for a partial refund with no amount typed. */
  private BigDecimal refundChosen() {
    if (outcome.getValue() == null) {
      return null;
    }
    return switch (outcome.getValue()) {
      case FULL_REFUND, REFUND_WITH_RETURN -> dispute.moneyPaid();
      case PARTIAL_REFUND -> amount.getValue();
      case REJECTED -> BigDecimal.ZERO;
    };
  }

  private void guardAgainstReload(boolean typed) {
    getElement().executeJs("window.onbeforeunload = $0 ? (e => { e.preventDefault(); e.returnValue = ''; }) : null;",
        typed);
  }

  DecisionCommand command() {
    return new DecisionCommand(outcome.getValue(), amount.getValue(), reason.getValue(), explanation.getValue());
  }

  /** Checks the whole form; marks the fields that are wrong and enables the button only when all is right. */
  boolean validate() {
    for (HasValidation field : new HasValidation[] {outcome, amount, reason, explanation}) {
      field.setInvalid(false);
    }
    try {
      BigDecimal refund = decisions.preview(dispute, command());
      preview.setText(getTranslation("decision.preview", Formats.money(refund, dispute.currency(), getLocale())));
      decide.setEnabled(true);
      return true;
    } catch (InvalidInput e) {
      Map<String, HasValidation> fields = Map.of("outcome", outcome, "amount", amount, "reason", reason,
          "explanation", explanation);
      e.errors().forEach(err -> {
        HasValidation field = fields.get(err.field());
        boolean touched = field == explanation ? !explanation.isEmpty() : field == amount ? amount.getValue() != null
            : field != null && !((com.vaadin.flow.component.HasValue<?, ?>) field).isEmpty();
        if (field != null && touched) {
          field.setErrorMessage(UiErrors.fieldMessage("decision", err,
              Formats.money(dispute.moneyPaid(), dispute.currency(), getLocale())));
          field.setInvalid(true);
        }
      });
      preview.setText(getTranslation("decision.incomplete"));
      decide.setEnabled(false);
      return false;
    }
  }

  private void askToConfirm() {
    if (!validate()) {
      return;
    }
    confirm = new ConfirmDialog(getTranslation("decision.confirm.title"),
        preview.getText() + " " + getTranslation("decision.confirm.text"), decide.getText(),
        e -> submit());
    confirm.setCancelable(true);
    confirm.setCancelText(getTranslation("common.cancel"));
    confirm.open();
  }

  void submit() {
    try {
      action.submit(command());
      guardAgainstReload(false);
      onDecided.run();
    } catch (InvalidInput | RuleViolation e) {
      UiErrors.show(e);
    }
  }
}

package com.disputedesk.appeal.ui;

import com.disputedesk.workspace.UiErrors;
import com.disputedesk.appeal.AppealDecisions;
import com.disputedesk.appeal.AppealOutcome;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.dispute.Dispute;
import com.disputedesk.workspace.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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

/** Uphold or overturn with a compensation in coupons; says what the buyer gets and asks before sending. */
class AppealReviewForm extends Div {
  final RadioButtonGroup<AppealOutcome> outcome = new RadioButtonGroup<>();
  final BigDecimalField compensation = new BigDecimalField();
  final TextArea explanation = new TextArea();
  final com.disputedesk.reply.ui.TemplatePicker template;
  final Paragraph preview = new Paragraph();
  final Button decide = new Button();
  ConfirmDialog confirm;
  private final Dispute dispute;
  private final AppealDecisions decisions;
  private final String commissioner;
  private final Runnable onDecided;

  AppealReviewForm(Dispute dispute, AppealDecisions decisions, com.disputedesk.reply.ReplyTemplates replies,
      String commissioner, Runnable onDecided) {
    this.dispute = dispute;
    this.decisions = decisions;
    this.commissioner = commissioner;
    this.onDecided = onDecided;
    addClassName("dd-card");
    outcome.setLabel(getTranslation("appeal.outcome"));
    outcome.setItems(AppealOutcome.values());
    outcome.setItemLabelGenerator(o -> getTranslation("appeal.outcome." + o.name()));
    compensation.setLabel(getTranslation("appeal.compensation",
        Formats.money(dispute.totalPaid(), dispute.currency(), getLocale())));
    compensation.setSuffixComponent(new Div(Formats.currencySign(dispute.currency(), getLocale())));
    compensation.setVisible(false);
    compensation.setWidthFull();
    explanation.setLabel(getTranslation("appeal.explanation"));
    explanation.setMaxLength(2000);
    explanation.setValueChangeMode(ValueChangeMode.EAGER);
    explanation.setWidthFull();
    explanation.setMinHeight("8em");
    // {refund} is the compensation in coupons; {deadline} the day they are credited
    template = new com.disputedesk.reply.ui.TemplatePicker(replies, com.disputedesk.appeal.AppealReplies.APPEAL_DECISION,
        explanation, () -> new com.disputedesk.reply.ReplyValues(dispute.buyerId(),
            outcome.getValue() == AppealOutcome.OVERTURNED ? compensation.getValue() : null, dispute.currency(),
            dispute.orderId(), outcome.getValue() == AppealOutcome.OVERTURNED ? decisions.couponsDueIfDecidedNow()
                : null));
    template.offer(null, dispute.reason().name());
    preview.addClassName("dd-preview");
    decide.setText(getTranslation("appeal.decide"));
    decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    decide.setEnabled(false);
    decide.addClickListener(e -> askToConfirm());
    outcome.addValueChangeListener(e -> {
      compensation.setVisible(e.getValue() == AppealOutcome.OVERTURNED);
      template.offer(e.getValue() == null ? null : e.getValue().name(), dispute.reason().name());
      validate();
    });
    compensation.addValueChangeListener(e -> validate());
    explanation.addValueChangeListener(e -> {
      e.getSource().setHelperText(e.getValue().length() + "/2000");
      validate();
    });
    add(new H3(getTranslation("appeal.review")), outcome, compensation, template, explanation, preview, decide);
  }

  /** Enables the button only for a complete decision; says what the buyer will get. */
  boolean validate() {
    compensation.setInvalid(false);
    BigDecimal amount = compensation.getValue();
    boolean overturn = outcome.getValue() == AppealOutcome.OVERTURNED;
    boolean amountOk = !overturn || amount != null && amount.signum() > 0 && amount.scale() <= 2
        && amount.compareTo(dispute.totalPaid()) <= 0;
    if (overturn && amount != null && !amountOk) {
      compensation.setErrorMessage(getTranslation("appeal.compensation.invalid"));
      compensation.setInvalid(true);
    }
    boolean saysWhy = com.disputedesk.common.EnglishText.saysWhy(explanation.getValue());
    explanation.setInvalid(!explanation.isEmpty() && !saysWhy);
    explanation.setErrorMessage(getTranslation("field.decision.explanation"));
    boolean complete = outcome.getValue() != null && amountOk && saysWhy;
    preview.setText(!complete ? getTranslation("appeal.incomplete") : overturn
        ? getTranslation("appeal.preview.overturn", Formats.money(amount, dispute.currency(), getLocale()))
        : getTranslation("appeal.preview.uphold"));
    decide.setEnabled(complete);
    return complete;
  }

  private void askToConfirm() {
    if (!validate()) {
      return;
    }
    confirm = new ConfirmDialog(getTranslation("appeal.confirm.title"), preview.getText() + " "
        + getTranslation("appeal.confirm.text"), decide.getText(), e -> submit());
    confirm.setCancelable(true);
    confirm.setCancelText(getTranslation("common.cancel"));
    confirm.open();
  }

  void submit() {
    try {
      decisions.decide(dispute.id(), commissioner, outcome.getValue(), compensation.getValue(),
          explanation.getValue());
      onDecided.run();
    } catch (InvalidInput | RuleViolation e) {
      UiErrors.show(e);
    }
  }
}

package com.disputedesk.complaint.ui;

import com.disputedesk.workspace.Labels;
import com.disputedesk.workspace.UiErrors;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.complaint.ComplaintCase;
import com.disputedesk.complaint.ComplaintDecisions;
import com.disputedesk.complaint.Sanction;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;

/** Dismiss, uphold with a sanction, or send the notice that must come before a membership cancellation. */
class ComplaintDecisionForm extends Div {
  enum Choice { DISMISS, UPHOLD, CANCELLATION_NOTICE }

  final RadioButtonGroup<Choice> choice = new RadioButtonGroup<>();
  final Select<Sanction> sanction = new Select<>();
  final TextArea reason = new TextArea();
  final Button decide = new Button();

  ComplaintDecisionForm(ComplaintCase c, ComplaintDecisions decisions, String reviewer, Runnable onDone) {
    addClassName("dd-card");
    choice.setLabel(getTranslation("complaint.decision"));
    choice.setItems(c.noticeSentAt() == null ? Choice.values() : new Choice[] {Choice.DISMISS, Choice.UPHOLD});
    choice.setItemLabelGenerator(x -> getTranslation("complaint.choice." + x.name()));
    sanction.setLabel(getTranslation("complaint.sanction"));
    sanction.setId("sanction");
    // membership cancellation is offered only once the notice and the second response period are behind
    sanction.setItems(Arrays.stream(Sanction.values())
        .filter(s -> s != Sanction.MEMBERSHIP_CANCELLATION || c.noticeSentAt() != null).toList());
    sanction.setItemLabelGenerator(Labels::of);
    sanction.setVisible(false);
    reason.setLabel(getTranslation("complaint.reason"));
    reason.setWidthFull();
    reason.setMaxLength(4000);
    decide.setText(getTranslation("complaint.decide"));
    decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    // nothing to decide until a decision is chosen; what else is missing is said at its field on Decide
    decide.setEnabled(false);
    choice.addValueChangeListener(e -> {
      sanction.setVisible(e.getValue() == Choice.UPHOLD);
      decide.setEnabled(e.getValue() != null);
    });
    decide.addClickListener(e -> confirmThenDecide(c, decisions, reviewer, onDone));
    add(new H3(getTranslation("complaint.decision")), choice, sanction, reason, decide);
  }

  /** A sanction or a cancellation notice cannot be taken back: it is confirmed first, saying what happens to whom. */
  private void confirmThenDecide(ComplaintCase c, ComplaintDecisions decisions, String reviewer, Runnable onDone) {
    choice.setInvalid(false);
    sanction.setInvalid(false);
    reason.setInvalid(false);
    if (choice.getValue() == null) {
      choice.setErrorMessage(getTranslation("complaint.choose"));
      choice.setInvalid(true);
      return;
    }
    if (choice.getValue() == Choice.UPHOLD && sanction.getValue() == null) {
      sanction.setErrorMessage(getTranslation("complaint.sanction.choose"));
      sanction.setInvalid(true);
      return;
    }
    if (!com.disputedesk.common.EnglishText.saysWhy(reason.getValue())) {
      reason.setErrorMessage(getTranslation("complaint.reason.required"));
      reason.setInvalid(true);
      return;
    }
    Runnable act = () -> decide(c, decisions, reviewer, onDone);
    if (choice.getValue() == Choice.DISMISS) {
      act.run();
      return;
    }
    String what = choice.getValue() == Choice.UPHOLD ? sanction.getValue().name() : Choice.CANCELLATION_NOTICE.name();
    var dialog = new ConfirmDialog(getTranslation("complaint.confirm.title"),
        getTranslation("complaint.confirm." + what, c.accusedId(), c.productUrl()),
        getTranslation("complaint.confirm.button"), e -> act.run());
    dialog.setConfirmButtonTheme("error primary");
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("common.cancel"));
    dialog.open();
  }

  private void decide(ComplaintCase c, ComplaintDecisions decisions, String reviewer, Runnable onDone) {
    try {
      switch (choice.getValue()) {
        case DISMISS -> decisions.dismiss(c.id(), reviewer, reason.getValue());
        case UPHOLD -> decisions.uphold(c.id(), reviewer, sanction.getValue(), reason.getValue());
        case CANCELLATION_NOTICE -> decisions.noticeCancellation(c.id(), reviewer, reason.getValue());
      }
      onDone.run();
    } catch (InvalidInput | RuleViolation ex) {
      UiErrors.show(ex);
    }
  }
}

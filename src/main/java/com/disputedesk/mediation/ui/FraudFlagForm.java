package com.disputedesk.mediation.ui;

import com.disputedesk.workspace.UiErrors;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.dispute.Dispute;
import com.disputedesk.mediation.FraudFlags;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** Folded away: flag the buyer or the seller for suspected fraud. Opens an account review; blocks nothing. */
class FraudFlagForm extends Details {
  final RadioButtonGroup<String> party = new RadioButtonGroup<>();
  final TextArea reason = new TextArea();
  final Button flag = new Button();

  FraudFlagForm(Dispute d, FraudFlags flags, String mediator) {
    setSummaryText(getTranslation("fraud.title"));
    addClassName("dd-card");
    party.setItems(d.buyerId(), d.sellerId());
    party.setItemLabelGenerator(p -> p.equals(d.buyerId()) ? getTranslation("fraud.buyer", p)
        : getTranslation("fraud.seller", p));
    reason.setLabel(getTranslation("fraud.reason"));
    reason.setWidthFull();
    flag.setText(getTranslation("fraud.flag"));
    flag.addClickListener(e -> {
      try {
        flags.flag(d.id(), mediator, party.getValue(), reason.getValue());
        Notification.show(getTranslation("fraud.done"), 4000, Notification.Position.BOTTOM_START)
            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        setOpened(false);
        reason.clear();
      } catch (InvalidInput | RuleViolation ex) {
        UiErrors.show(ex);
      }
    });
    add(new com.vaadin.flow.component.html.Paragraph(getTranslation("fraud.hint")), party, reason, flag);
  }
}

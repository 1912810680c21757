package com.disputedesk.mediation.ui;

import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.mediation.EvidenceRequests;
import com.disputedesk.workspace.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;

/** Ask one or both parties for more evidence; the deadline comes from the {@code evidence-response} policy. */
class EvidenceRequestForm extends Div {
  final Checkbox fromBuyer = new Checkbox();
  final Checkbox fromSeller = new Checkbox();
  final TextArea message = new TextArea();
  final Button send = new Button();

  EvidenceRequestForm(EvidenceRequests requests, UUID disputeId, String mediator, Runnable onSent) {
    addClassName("dd-card");
    fromBuyer.setLabel(getTranslation("evidence.fromBuyer"));
    fromSeller.setLabel(getTranslation("evidence.fromSeller"));
    message.setLabel(getTranslation("evidence.message"));
    message.setMaxLength(2000);
    message.setWidthFull();
    send.setText(getTranslation("evidence.send"));
    send.addClickListener(e -> {
      try {
        requests.request(disputeId, mediator, fromBuyer.getValue(), fromSeller.getValue(), message.getValue());
        onSent.run();
      } catch (InvalidInput | RuleViolation ex) {
        Notification.show(ex.getMessage(), 5000, Notification.Position.MIDDLE)
            .addThemeVariants(NotificationVariant.LUMO_ERROR);
      }
    });
    add(new H3(getTranslation("evidence.title")), fromBuyer, fromSeller, message,
        new Paragraph(getTranslation("evidence.due", Formats.dateTime(requests.dueIfRequestedNow(), getLocale()))),
        send);
  }
}

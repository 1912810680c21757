package com.disputedesk.mediation.ui;

import com.disputedesk.workspace.UiErrors;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.mediation.EvidenceRequests;
import com.disputedesk.workspace.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;

/** Ask one or both parties for more evidence; the deadline comes from the {@code evidence-response} policy. */
class EvidenceRequestForm extends Div {
  final CheckboxGroup<String> parties = new CheckboxGroup<>();
  final TextArea message = new TextArea();
  final com.disputedesk.reply.ui.TemplatePicker template;
  final Button send = new Button();

  EvidenceRequestForm(EvidenceRequests requests, com.disputedesk.reply.ReplyTemplates replies,
      com.disputedesk.dispute.Dispute dispute, String mediator, Runnable onSent) {
    UUID disputeId = dispute.id();
    addClassName("dd-card");
    parties.setLabel(getTranslation("evidence.parties"));
    parties.setItems("BUYER", "SELLER");
    parties.setItemLabelGenerator(p -> getTranslation(p.equals("BUYER") ? "evidence.fromBuyer" : "evidence.fromSeller"));
    message.setLabel(getTranslation("evidence.message"));
    message.setMaxLength(2000);
    message.setWidthFull();
    template = new com.disputedesk.reply.ui.TemplatePicker(replies,
        com.disputedesk.mediation.MediationReplies.EVIDENCE_REQUEST, message,
        () -> new com.disputedesk.reply.ReplyValues(dispute.buyerId(), null, dispute.currency(), dispute.orderId(),
            requests.dueIfRequestedNow()));
    template.offer(null, dispute.reason().name());
    send.setText(getTranslation("evidence.send"));
    send.addClickListener(e -> {
      parties.setInvalid(false);
      message.setInvalid(false);
      try {
        requests.request(disputeId, mediator, parties.getValue().contains("BUYER"), parties.getValue().contains("SELLER"),
            message.getValue());
        onSent.run();
      } catch (InvalidInput ex) {
        UiErrors.mark("evidence", ex, java.util.Map.of("parties", parties, "message", message));
      } catch (RuleViolation ex) {
        UiErrors.show(ex);
      }
    });
    add(new H3(getTranslation("evidence.title")), parties, template, message,
        new Paragraph(getTranslation("evidence.due", Formats.dateTime(requests.dueIfRequestedNow(), getLocale()))),
        send);
  }
}

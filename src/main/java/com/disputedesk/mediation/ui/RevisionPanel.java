package com.disputedesk.mediation.ui;

import com.disputedesk.workspace.UiErrors;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.dispute.Dispute;
import com.disputedesk.mediation.DecisionRevision;
import com.disputedesk.mediation.DecisionRevisions;
import com.disputedesk.mediation.MediationDecisions;
import com.disputedesk.mediation.DecisionReason;
import com.disputedesk.workspace.Formats;
import com.disputedesk.workspace.Labels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;

/**
 * A decided dispute: its decision, and the four-eyes revision — any mediator may propose one, another approves
 * or rejects it.
 */
class RevisionPanel extends Div {
  DecisionForm proposal;
  final Button approve = new Button();
  final Button reject = new Button();

  RevisionPanel(Dispute d, MediationDecisions decisions, DecisionRevisions revisions,
      com.disputedesk.reply.ReplyTemplates replies, String user, boolean mediator, Runnable onChange) {
    addClassName("dd-card");
    add(new H3(getTranslation("revision.current")), new Paragraph(Labels.code("outcome", d.decision().outcome()) + " · "
        + Formats.money(d.decision().amount(), d.currency(), getLocale()) + " · "
        + Labels.of(DecisionReason.class, d.decision().reasonCode())),
        new Paragraph(d.decision().explanation()));
    Optional<DecisionRevision> pending = revisions.pending(d.id());
    if (pending.isPresent()) {
      DecisionRevision r = pending.get();
      add(new H3(getTranslation("revision.pending", r.proposedBy())), new Paragraph(Labels.of(r.outcome()) + " · "
          + Formats.money(r.amount(), d.currency(), getLocale()) + " · " + Labels.of(r.reason())), new Paragraph(r.explanation()));
      approve.setText(getTranslation("revision.approve"));
      approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      reject.setText(getTranslation("revision.reject"));
      boolean mayReview = mediator && !r.proposedBy().equals(user);
      approve.setEnabled(mayReview);
      reject.setEnabled(mayReview);
      approve.addClickListener(e -> act(() -> revisions.approve(d.id(), user), onChange));
      reject.addClickListener(e -> act(() -> revisions.reject(d.id(), user), onChange));
      add(approve, reject);
      if (!mayReview) {
        add(new Paragraph(getTranslation("revision.secondPair")));
      }
    } else if (mediator) {
      proposal = new DecisionForm(d, decisions, replies, c -> revisions.propose(d.id(), user, c), onChange, "revision.propose",
          "revision.submit");
      add(proposal);
    }
  }

  private static void act(Runnable action, Runnable onChange) {
    try {
      action.run();
      onChange.run();
    } catch (InvalidInput | RuleViolation e) {
      UiErrors.show(e);
    }
  }
}

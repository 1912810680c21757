package com.disputedesk.appeal.ui;

import com.disputedesk.workspace.UiErrors;
import com.disputedesk.appeal.AppealFeedbacks;
import com.disputedesk.common.RuleViolation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.UUID;

/** A quality reviewer's two choices on the buyer's feedback: a second review by someone else, or acknowledge. */
class FeedbackPanel extends Div {
  final Button secondReview = new Button();
  final Button acknowledge = new Button();

  FeedbackPanel(AppealFeedbacks feedbacks, UUID disputeId, String reviewer, Runnable onDone) {
    addClassName("dd-card");
    secondReview.setText(getTranslation("feedback.secondReview"));
    secondReview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    secondReview.addClickListener(e -> act(feedbacks, disputeId, reviewer, AppealFeedbacks.Action.SECOND_REVIEW,
        onDone));
    acknowledge.setText(getTranslation("feedback.acknowledge"));
    acknowledge.addClickListener(e -> act(feedbacks, disputeId, reviewer, AppealFeedbacks.Action.ACKNOWLEDGED,
        onDone));
    add(new H3(getTranslation("feedback.title")), new Paragraph(getTranslation("feedback.hint")), secondReview,
        acknowledge);
  }

  private void act(AppealFeedbacks feedbacks, UUID disputeId, String reviewer, AppealFeedbacks.Action action,
      Runnable onDone) {
    try {
      feedbacks.act(disputeId, reviewer, action);
      onDone.run();
    } catch (RuleViolation e) {
      UiErrors.show(e);
    }
  }
}

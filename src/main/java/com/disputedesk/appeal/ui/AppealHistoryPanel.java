package com.disputedesk.appeal.ui;

import com.disputedesk.appeal.AppealDesk;
import com.disputedesk.appeal.AppealReview;
import com.disputedesk.appeal.Feedback;
import com.disputedesk.dispute.Dispute;
import com.disputedesk.workspace.Formats;
import com.disputedesk.workspace.Labels;
import static com.disputedesk.workspace.Cards.card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;

/** What is under appeal and what became of it so far: the mediator's decision, the appeal, every round, feedback. */
class AppealHistoryPanel extends Div {

  AppealHistoryPanel(AppealDesk.AppealFile file, Locale locale) {
    Dispute d = file.caseFile().dispute();
    var a = file.appeal();
    Div decision = card(getTranslation("appeal.mediatorDecision"));
    if (d.decision() != null) {
      decision.add(new Paragraph(getTranslation("decision.outcome." + d.decision().outcome()) + " · "
          + Formats.money(d.decision().amount(), d.currency(), locale) + " · "
          + Labels.of(com.disputedesk.mediation.DecisionReason.class, d.decision().reasonCode()) + " · "
          + d.mediatorId() + " · " + Formats.dateTime(d.decision().decidedAt(), locale)),
          new Paragraph(d.decision().explanation()));
    }
    Div appeal = card(getTranslation("appeal.buyerAppeal", a.round()));
    appeal.add(new Paragraph(a.description()), new Paragraph(getTranslation("appeal.filed",
        Formats.dateTime(a.filedAt(), locale), a.evidenceIds().size())));
    Div rounds = card(getTranslation("appeal.history"));
    UnorderedList list = new UnorderedList();
    list.addClassName("dd-timeline");
    for (AppealReview r : file.reviews()) {
      list.add(new ListItem(getTranslation("appeal.history.round", r.round(), r.commissionerId(),
          Labels.code("outcome", r.outcome().name()), Formats.dateTime(r.decidedAt(), locale))
          + (r.compensation() == null ? "" : " · " + Formats.money(r.compensation(), d.currency(), locale))
          + " — " + r.explanation()));
    }
    for (Feedback f : file.feedback()) {
      list.add(new ListItem(getTranslation("appeal.history.feedback", f.round(), f.rating(), f.text())
          + (f.action() == null ? "" : " → " + Labels.of(com.disputedesk.appeal.AppealFeedbacks.Action.class,
              f.action().toString()) + " (" + f.reviewedBy() + ")")));
    }
    if (list.getChildren().findAny().isEmpty()) {
      list.add(new ListItem(getTranslation("appeal.history.none")));
    }
    rounds.add(list);
    add(decision, appeal, rounds);
  }

}

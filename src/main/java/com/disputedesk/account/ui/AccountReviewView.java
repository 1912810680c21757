package com.disputedesk.account.ui;

import com.disputedesk.workspace.UiErrors;
import com.disputedesk.account.AccountDecisions;
import com.disputedesk.account.AccountDesk;
import com.disputedesk.account.AccountReview;
import com.disputedesk.common.CaseNotFound;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.workspace.Formats;
import com.disputedesk.workspace.Labels;
import com.disputedesk.workspace.Records;
import static com.disputedesk.workspace.Cards.card;
import com.disputedesk.workspace.CaseButtons;
import com.disputedesk.workspace.MainLayout;
import com.disputedesk.workspace.SlaChip;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.UUID;

/** One account review: why it was opened, the party's appeal and evidence, its disputes and record; the decision. */
@Route(value = "accounts/review/:reviewId", layout = MainLayout.class)
@RolesAllowed({"COMPLAINT_REVIEWER", "OPS_LEAD", "ADMIN"})
class AccountReviewView extends VerticalLayout implements BeforeEnterObserver, com.disputedesk.workspace.CaseTitle {
  private final AccountDesk desk;
  private final AccountDecisions decisions;
  private final Clock clock;
  private final String user;
  private final boolean reviewer;
  UUID reviewId;
  final TextArea reasons = new TextArea();
  final Button approve = new Button();
  final Button refuse = new Button();
  final Button claim = new Button();
  final Button release = new Button();

  private final com.disputedesk.note.CaseNotes notes;

  AccountReviewView(AccountDesk desk, AccountDecisions decisions, Clock clock, AuthenticationContext auth,
      com.disputedesk.note.CaseNotes notes) {
    this.notes = notes;
    this.desk = desk;
    this.decisions = decisions;
    this.clock = clock;
    this.user = auth.getPrincipalName().orElseThrow();
    this.reviewer = auth.hasRole("COMPLAINT_REVIEWER");
    setWidthFull();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    try {
      reviewId = UUID.fromString(event.getRouteParameters().get("reviewId").orElse(""));
      render();
    } catch (IllegalArgumentException | CaseNotFound e) {
      removeAll();
      add(new H2(getTranslation("account.notFound")));
    }
  }

  void render() {
    removeAll();
    AccountDesk.ReviewFile file = desk.open(reviewId);
    caseName = file.review().partyId();
    AccountReview r = file.review();
    CaseButtons.claim(claim, this, reviewer && file.task().map(t -> t.assignee() == null).orElse(false), () -> {
      desk.claim(file.task().orElseThrow().taskId(), user);
      render();
    });
    CaseButtons.release(release, file.task().map(t -> user.equals(t.assignee())).orElse(false), () -> {
      desk.release(file.task().orElseThrow().taskId(), user);
      render();
    });
    HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("account.title", r.partyId())),
        SlaChip.of(r.reviewStartedAt(), r.status().open() ? r.reviewDueAt() : null, clock.instant()), claim, release,
        com.disputedesk.workspace.CaseFileLinks.ofAccountReview(r.id()));
    header.setAlignItems(Alignment.BASELINE);
    add(header);
    Div why = card(getTranslation("account.why"), new Paragraph(Labels.of(r.trigger())
        + " · " + r.openedBy() + " · " + Formats.dateTime(r.openedAt(), getLocale())), new Paragraph(r.openedReason()),
        new Paragraph(getTranslation("account.standing", Labels.of(file.standing().status()), Labels.of(r.status()))),
        new Paragraph(com.disputedesk.workspace.PartyLink.of(r.partyId(), getTranslation("account.record"))));
    Div appeal = card(getTranslation("account.appeal"), new Paragraph(r.appealMessage() == null
        ? getTranslation("account.noAppeal") : r.appealMessage()));
    file.evidence().forEach(e -> appeal.add(new Paragraph(e.filename() + " · " + com.disputedesk.workspace.FileLabels.type(e.contentType()) + " · SHA-256 "
        + e.sha256().substring(0, 12) + "…")));
    Div record = card(getTranslation("account.record"));
    file.disputes().stream().limit(10).forEach(d -> record.add(new Paragraph(Records.dispute(d))));
    file.records().stream().filter(x -> !x.caseId().equals(reviewId))
        .forEach(x -> record.add(new Paragraph(Records.text(x))));
    add(why, appeal, record, Records.timelineCard(file.timeline(), getLocale(), null),
        new com.disputedesk.note.ui.NotesPanel(notes, reviewId, "accounts/review/" + reviewId, user));
    if (file.task().map(t -> user.equals(t.assignee())).orElse(false)) {
      add(decision(r));
    }
  }

  private Div decision(AccountReview r) {
    boolean fraud = r.status() == AccountReview.Status.UNDER_REVIEW;
    reasons.setLabel(getTranslation("account.reasons"));
    reasons.setWidthFull();
    approve.setText(getTranslation(fraud ? "account.clear" : "account.reinstate"));
    approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    refuse.setText(getTranslation(fraud ? "account.suspend" : "account.uphold"));
    approve.addClickListener(e -> {
      if (!com.disputedesk.common.EnglishText.saysWhy(reasons.getValue())) {
        reasons.setErrorMessage(getTranslation("account.reasons.required"));
        reasons.setInvalid(true);
        return;
      }
      decide(fraud, false);
    });
    // suspending, or keeping a suspension, is confirmed first: it says whose account and what it means for them
    refuse.addClickListener(e -> {
      if (!com.disputedesk.common.EnglishText.saysWhy(reasons.getValue())) { // the party is emailed them
        reasons.setErrorMessage(getTranslation("account.reasons.required"));
        reasons.setInvalid(true);
        return;
      }
      reasons.setInvalid(false);
      var dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
          getTranslation(fraud ? "account.suspend.title" : "account.uphold.title"),
          getTranslation(fraud ? "account.suspend.text" : "account.uphold.text", r.partyId()), refuse.getText(),
          ok -> decide(fraud, true));
      dialog.setConfirmButtonTheme("error primary");
      dialog.setCancelable(true);
      dialog.setCancelText(getTranslation("common.cancel"));
      dialog.open();
    });
    return card(getTranslation("account.decision"), reasons, new HorizontalLayout(approve, refuse));
  }

  private void decide(boolean fraud, boolean against) {
    try {
      if (fraud) {
        decisions.decideFraudFlag(reviewId, user, against, reasons.getValue());
      } else {
        decisions.decideReactivation(reviewId, user, !against, reasons.getValue());
      }
      Notification.show(getTranslation("account.done"), 4000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      getUI().ifPresent(ui -> ui.navigate("complaints"));
    } catch (InvalidInput | RuleViolation ex) {
      UiErrors.show(ex);
    }
  }


  private String caseName;

  @Override
  public String caseName() {
    return caseName;
  }
}

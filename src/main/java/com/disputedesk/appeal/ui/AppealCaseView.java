package com.disputedesk.appeal.ui;

import com.disputedesk.workspace.UiErrors;
import com.disputedesk.appeal.AppealDecisions;
import com.disputedesk.appeal.AppealDesk;
import com.disputedesk.appeal.AppealFeedbacks;
import com.disputedesk.common.CaseNotFound;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.mediation.MediatorDesk;
import com.disputedesk.mediation.ui.CaseFilePanel;
import com.disputedesk.workspace.CaseButtons;
import com.disputedesk.workspace.MainLayout;
import com.disputedesk.workspace.SlaChip;
import com.disputedesk.worklist.ClaimLost;
import com.disputedesk.worklist.WorkItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** One appeal as the commission works it: the whole case file on the left; decision, appeal, history, form right. */
@Route(value = "appeals/case/:disputeId", layout = MainLayout.class)
@RolesAllowed({"COMMISSIONER", "QUALITY_REVIEWER", "OPS_LEAD", "ADMIN"})
class AppealCaseView extends VerticalLayout implements BeforeEnterObserver, com.disputedesk.workspace.CaseTitle {
  private final AppealDesk desk;
  private final com.disputedesk.reply.ReplyTemplates replies;
  private final MediatorDesk mediatorDesk;
  private final AppealDecisions decisions;
  private final AppealFeedbacks feedbacks;
  private final Clock clock;
  private final String user;
  private final boolean commissioner;
  private final boolean qualityReviewer;
  UUID disputeId;
  AppealReviewForm reviewForm;
  FeedbackPanel feedbackPanel;
  final Button claim = new Button();
  final Button release = new Button();

  private final com.disputedesk.note.CaseNotes notes;

  AppealCaseView(AppealDesk desk, MediatorDesk mediatorDesk, AppealDecisions decisions, AppealFeedbacks feedbacks,
      Clock clock, AuthenticationContext auth, com.disputedesk.note.CaseNotes notes,
      com.disputedesk.reply.ReplyTemplates replies) {
    this.notes = notes;
    this.replies = replies;
    this.desk = desk;
    this.mediatorDesk = mediatorDesk;
    this.decisions = decisions;
    this.feedbacks = feedbacks;
    this.clock = clock;
    this.user = auth.getPrincipalName().orElseThrow();
    this.commissioner = auth.hasRole("COMMISSIONER");
    this.qualityReviewer = auth.hasRole("QUALITY_REVIEWER");
    setWidthFull();
  }

  static RouteParameters parameters(UUID disputeId) {
    return new RouteParameters("disputeId", disputeId.toString());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    try {
      disputeId = UUID.fromString(event.getRouteParameters().get("disputeId").orElse(""));
      render();
    } catch (IllegalArgumentException | CaseNotFound e) {
      removeAll();
      add(new H2(getTranslation("appeal.notFound")), new Paragraph(getTranslation("case.notFound.hint")));
    }
  }

  void render() {
    removeAll();
    reviewForm = null;
    feedbackPanel = null;
    AppealDesk.AppealFile file = desk.open(disputeId);
    caseName = file.caseFile().dispute().orderId();
    Optional<WorkItem> task = file.reviewTask().or(file::feedbackTask);
    boolean mine = task.map(t -> user.equals(t.assignee())).orElse(false);
    boolean excluded = !desk.mayReview(disputeId, user);
    add(header(file, task, mine, excluded));
    VerticalLayout side = new VerticalLayout(new AppealHistoryPanel(file, getLocale()));
    side.setPadding(false);
    if (mine) {
      desk.keepWorking(task.get().taskId(), user);
    }
    if (mine && file.reviewTask().isPresent()) {
      reviewForm = new AppealReviewForm(file.caseFile().dispute(), decisions, replies, user, () -> done("appeal.done"));
      side.add(reviewForm);
    } else if (mine && file.feedbackTask().isPresent()) {
      feedbackPanel = new FeedbackPanel(feedbacks, disputeId, user, () -> done("feedback.done"));
      side.add(feedbackPanel);
    } else {
      Paragraph hint = new Paragraph(excluded && file.reviewTask().isPresent() ? getTranslation("appeal.fourEyes")
          : task.isEmpty() ? getTranslation("appeal.noTask")
          : task.get().assignee() == null ? getTranslation("appeal.claimFirst")
          : getTranslation("case.claimedBy", task.get().assignee()));
      hint.addClassName("dd-card");
      side.add(hint);
    }
    side.add(new com.disputedesk.note.ui.NotesPanel(notes, disputeId, "appeals/case/" + disputeId, user));
    Div columns = new Div(new CaseFilePanel(file.caseFile(), mediatorDesk), side);
    columns.addClassName("dd-columns");
    add(columns);
  }

  private HorizontalLayout header(AppealDesk.AppealFile file, Optional<WorkItem> task, boolean mine,
      boolean excluded) {
    Span status = new Span(com.disputedesk.workspace.Labels.of(file.caseFile().dispute().status()));
    status.addClassName("dd-badge");
    boolean review = task.map(t -> t.taskKey().equals("Task_ReviewAppeal")).orElse(false);
    claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    CaseButtons.claim(claim, this, task.isPresent() && task.get().assignee() == null
        && (review ? commissioner && !excluded : qualityReviewer), () -> task.ifPresent(this::claim));
    CaseButtons.release(release, mine, () -> task.ifPresent(t -> {
      desk.release(t.taskId(), user);
      render();
    }));
    var a = file.appeal();
    HorizontalLayout header = new HorizontalLayout(new H2(file.caseFile().dispute().itemTitle()), status,
        SlaChip.of(a.reviewStartedAt(), a.status().decided() ? null : a.reviewDueAt(), clock.instant()), claim, release,
        com.disputedesk.workspace.CaseFileLinks.of(a.disputeId()));
    header.setAlignItems(Alignment.BASELINE);
    header.setWidthFull();
    return header;
  }

  private void claim(WorkItem task) {
    try {
      desk.claim(task.taskId(), user);
    } catch (ClaimLost | RuleViolation e) {
      UiErrors.show(e);
    }
    render();
  }

  private void done(String messageKey) {
    Notification.show(getTranslation(messageKey), 4000, Notification.Position.BOTTOM_START)
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    getUI().ifPresent(ui -> ui.navigate(AppealQueueView.class));
  }

  private String caseName;

  @Override
  public String caseName() {
    return caseName;
  }
}

package com.disputedesk.mediation.ui;

import com.disputedesk.workspace.UiErrors;
import com.disputedesk.common.CaseNotFound;
import com.disputedesk.dispute.DisputeStatus;
import com.disputedesk.mediation.DecisionRevisions;
import com.disputedesk.mediation.EvidenceRequests;
import com.disputedesk.mediation.MediationDecisions;
import com.disputedesk.mediation.MediatorDesk;
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

/** One dispute as a mediator works it: the whole case file on the left, the decision on the right. */
@Route(value = "mediation/case/:disputeId", layout = MainLayout.class)
@RolesAllowed({"MEDIATOR", "QUALITY_REVIEWER", "OPS_LEAD", "ADMIN"})
class DisputeCaseView extends VerticalLayout implements BeforeEnterObserver, com.disputedesk.workspace.CaseTitle {
  private final MediatorDesk desk;
  private final MediationDecisions decisions;
  private final EvidenceRequests evidenceRequests;
  private final DecisionRevisions revisions;
  private final Clock clock;
  private final String user;
  private final boolean mediator;
  UUID disputeId;
  DecisionForm decisionForm;
  EvidenceRequestForm evidenceForm;
  RevisionPanel revisionPanel;
  final Button claim = new Button();
  final Button release = new Button();

  private final com.disputedesk.mediation.FraudFlags fraudFlags;
  private final com.disputedesk.note.CaseNotes notes;
  private final com.disputedesk.reply.ReplyTemplates replies;

  DisputeCaseView(MediatorDesk desk, MediationDecisions decisions, EvidenceRequests evidenceRequests,
      DecisionRevisions revisions, com.disputedesk.mediation.FraudFlags fraudFlags, Clock clock,
      AuthenticationContext auth, com.disputedesk.note.CaseNotes notes, com.disputedesk.reply.ReplyTemplates replies) {
    this.notes = notes;
    this.replies = replies;
    this.fraudFlags = fraudFlags;
    this.revisions = revisions;
    this.mediator = auth.hasRole("MEDIATOR");
    this.desk = desk;
    this.decisions = decisions;
    this.evidenceRequests = evidenceRequests;
    this.clock = clock;
    this.user = auth.getPrincipalName().orElseThrow();
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
      add(new H2(getTranslation("case.notFound")), new Paragraph(getTranslation("case.notFound.hint")),
          new com.vaadin.flow.router.RouterLink(getTranslation("case.backToQueue"), MediationQueueView.class));
    }
  }

  void render() {
    removeAll();
    MediatorDesk.CaseFile file = desk.open(disputeId);
    caseName = file.dispute().orderId();
    Optional<WorkItem> task = file.openTask();
    boolean mine = task.map(t -> user.equals(t.assignee())).orElse(false);
    add(header(file, task, mine));
    Div columns = new Div();
    columns.addClassName("dd-columns");
    VerticalLayout side = new VerticalLayout();
    side.setPadding(false);
    if (mine) {
      desk.keepWorking(task.get().taskId(), user);
      decisionForm = new DecisionForm(file.dispute(), decisions, replies, user, this::decided);
      evidenceForm = new EvidenceRequestForm(evidenceRequests, replies, file.dispute(), user, this::evidenceRequested);
      side.add(decisionForm, evidenceForm, new FraudFlagForm(file.dispute(), fraudFlags, user));
    } else if (file.dispute().decision() != null && file.dispute().status() == DisputeStatus.RESOLVED) {
      decisionForm = null;
      evidenceForm = null;
      revisionPanel = new RevisionPanel(file.dispute(), decisions, revisions, replies, user, mediator, this::render);
      side.add(revisionPanel);
    } else {
      decisionForm = null;
      evidenceForm = null;
      Paragraph hint = new Paragraph(task.isEmpty() ? getTranslation("case.noTask")
          : task.get().assignee() == null ? getTranslation("case.claimFirst")
          : getTranslation("case.claimedBy", task.get().assignee()));
      hint.addClassName("dd-card");
      side.add(hint);
    }
    side.add(new com.disputedesk.note.ui.NotesPanel(notes, disputeId, "mediation/case/" + disputeId, user));
    columns.add(new CaseFilePanel(file, desk), side);
    add(columns);
  }

  private HorizontalLayout header(MediatorDesk.CaseFile file, Optional<WorkItem> task, boolean mine) {
    var d = file.dispute();
    Span status = new Span(com.disputedesk.workspace.Labels.of(d.status()));
    status.addClassName("dd-badge");
    claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    CaseButtons.claim(claim, this, mediator && task.isPresent() && task.get().assignee() == null
        && "Task_DecideDispute".equals(task.get().taskKey()), () -> task.ifPresent(this::claim));
    // whatever this user holds on the case (the decision, a revision to approve) can be handed back
    Optional<WorkItem> held = desk.heldBy(d.id(), user);
    CaseButtons.release(release, held.isPresent(), () -> held.ifPresent(t -> {
      desk.release(t.taskId(), user);
      render();
    }));
    boolean inMediation = d.status() == DisputeStatus.ESCALATED || d.status() == DisputeStatus.AWAITING_EVIDENCE;
    HorizontalLayout header = new HorizontalLayout(new H2(d.itemTitle()), status,
        SlaChip.of(d.escalatedAt(), inMediation ? d.mediationDueAt() : null, clock.instant()), claim, release,
        com.disputedesk.workspace.CaseFileLinks.of(d.id()));
    header.setAlignItems(Alignment.BASELINE);
    header.setWidthFull();
    return header;
  }

  private void claim(WorkItem task) {
    try {
      desk.claim(task.taskId(), user);
    } catch (ClaimLost e) {
      UiErrors.show(e);
    }
    render();
  }

  private void decided() {
    Notification.show(getTranslation("decision.doneNext"), 5000, Notification.Position.BOTTOM_START)
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    getUI().ifPresent(MediationQueueView::backTo);
  }

  private void evidenceRequested() {
    Notification.show(getTranslation("evidence.requested"), 4000, Notification.Position.BOTTOM_START)
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    getUI().ifPresent(MediationQueueView::backTo);
  }

  private String caseName;

  @Override
  public String caseName() {
    return caseName;
  }
}

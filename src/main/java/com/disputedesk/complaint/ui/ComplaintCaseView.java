package com.disputedesk.complaint.ui;

import com.disputedesk.workspace.UiErrors;
import com.disputedesk.common.CaseNotFound;
import com.disputedesk.complaint.Complaint;
import com.disputedesk.complaint.ComplaintDecisions;
import com.disputedesk.complaint.ComplaintDesk;
import com.disputedesk.complaint.ComplaintResponse;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.workspace.Formats;
import com.disputedesk.workspace.Labels;
import com.disputedesk.workspace.Records;
import com.disputedesk.workspace.SlaChip;
import com.disputedesk.worklist.ClaimLost;
import com.disputedesk.worklist.WorkItem;
import java.time.Clock;
import static com.disputedesk.workspace.Cards.card;
import com.disputedesk.workspace.CaseButtons;
import com.disputedesk.workspace.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;

/** One complaint case: every report, the listing, the accused's answers and history; the decision on the right. */
@Route(value = "complaints/case/:caseId", layout = MainLayout.class)
@RolesAllowed({"COMPLAINT_REVIEWER", "OPS_LEAD", "ADMIN"})
class ComplaintCaseView extends VerticalLayout implements BeforeEnterObserver, com.disputedesk.workspace.CaseTitle {
  private final ComplaintDesk desk;
  private final ComplaintDecisions decisions;
  private final String user;
  private final boolean reviewer;
  UUID caseId;
  ComplaintDecisionForm form;
  final Button claim = new Button();
  final Button release = new Button();
  private final Clock clock;

  private final com.disputedesk.note.CaseNotes notes;

  ComplaintCaseView(ComplaintDesk desk, ComplaintDecisions decisions, Clock clock, AuthenticationContext auth,
      com.disputedesk.note.CaseNotes notes) {
    this.notes = notes;
    this.clock = clock;
    this.desk = desk;
    this.decisions = decisions;
    this.user = auth.getPrincipalName().orElseThrow();
    this.reviewer = auth.hasRole("COMPLAINT_REVIEWER");
    setWidthFull();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    try {
      caseId = UUID.fromString(event.getRouteParameters().get("caseId").orElse(""));
      render();
    } catch (IllegalArgumentException | CaseNotFound e) {
      removeAll();
      add(new H2(getTranslation("complaint.notFound")));
    }
  }

  void render() {
    removeAll();
    form = null;
    ComplaintDesk.ComplaintFile file = desk.open(caseId);
    caseName = file.complaintCase().accusedId();
    var c = file.complaintCase();
    Span status = new Span(Labels.of(c.status()) + (c.noResponse() ? " · " + getTranslation("complaints.stage.NO_RESPONSE")
        : ""));
    status.addClassName("dd-badge");
    CaseButtons.claim(claim, this, reviewer && file.task().map(t -> t.assignee() == null).orElse(false),
        () -> claim(file));
    CaseButtons.release(release, file.task().map(t -> user.equals(t.assignee())).orElse(false), () -> {
      desk.release(file.task().orElseThrow().taskId(), user);
      render();
    });
    var task = file.task();
    HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("complaint.title", file.reports().size())),
        status, SlaChip.of(task.map(WorkItem::slaStartedAt).orElse(null), task.map(WorkItem::slaDueAt).orElse(null),
            clock.instant()), claim, release,
        com.disputedesk.workspace.CaseFileLinks.ofComplaint(file.complaintCase().id()));
    header.setAlignItems(Alignment.BASELINE);
    add(header);
    VerticalLayout left = new VerticalLayout(card(getTranslation("complaint.listing"),
        new Anchor(c.productUrl(), c.productUrl(), com.vaadin.flow.component.html.AnchorTarget.BLANK),
        new Paragraph(com.disputedesk.workspace.PartyLink.of(c.accusedId(),
            getTranslation("complaint.accused", c.accusedId())))));
    left.setPadding(false);
    Div reports = card(getTranslation("complaint.reports"));
    for (Complaint r : file.reports()) {
      reports.add(new Paragraph(Formats.dateTime(r.filedAt(), getLocale()) + " · " + Labels.of(r.type())
          + (r.subReason() == null ? "" : " / " + Labels.code("subReason", r.subReason())) + " · " + r.reporterId()
          + (r.description() == null ? "" : " — " + r.description())));
    }
    Div answers = card(getTranslation("complaint.answers"));
    for (ComplaintResponse a : file.answers()) {
      answers.add(new Paragraph(getTranslation("complaint.answer", a.round(), Formats.dateTime(a.answeredAt(),
          getLocale()), a.evidenceIds().size()) + " — " + a.message()));
    }
    if (file.answers().isEmpty()) {
      answers.add(new Paragraph(getTranslation(c.noResponse() ? "complaint.noAnswer" : "complaint.waiting",
          Formats.dateTime(c.responseDueAt(), getLocale()))));
    }
    file.evidence().forEach(e -> answers.add(new Paragraph(Labels.code("party", e.party()) + " · " + e.filename() + " · "
        + com.disputedesk.workspace.FileLabels.type(e.contentType()) + " · SHA-256 " + e.sha256().substring(0, 12) + "…")));
    left.add(reports, answers, Records.timelineCard(file.timeline(), getLocale(), null));
    VerticalLayout right = new VerticalLayout(history(file));
    right.setPadding(false);
    if (file.task().map(t -> user.equals(t.assignee())).orElse(false)) {
      form = new ComplaintDecisionForm(c, decisions, user, this::done);
      right.add(form);
    }
    right.add(new com.disputedesk.note.ui.NotesPanel(notes, c.id(), "complaints/case/" + c.id(), user));
    Div columns = new Div(left, right);
    columns.addClassName("dd-columns");
    add(columns);
  }

  private Div history(ComplaintDesk.ComplaintFile file) {
    Div card = card(getTranslation("complaint.history"), new Paragraph(getTranslation("complaint.disputes",
        file.accusedDisputes().size(), file.disputesLost())));
    file.accusedDisputes().stream().limit(10).forEach(d -> card.add(new Paragraph(Records.dispute(d))));
    file.accusedRecords().stream().filter(r -> !r.caseId().equals(caseId))
        .forEach(r -> card.add(new Paragraph(Records.text(r))));
    return card;
  }

  private void claim(ComplaintDesk.ComplaintFile file) {
    try {
      desk.claim(file.task().orElseThrow().taskId(), user);
    } catch (ClaimLost | RuleViolation e) {
      UiErrors.show(e);
    }
    render();
  }

  private void done() {
    Notification.show(getTranslation("complaint.done"), 4000, Notification.Position.BOTTOM_START)
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    getUI().ifPresent(ui -> ui.navigate(ComplaintQueueView.class));
  }


  private String caseName;

  @Override
  public String caseName() {
    return caseName;
  }
}

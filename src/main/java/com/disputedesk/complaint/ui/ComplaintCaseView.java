package com.disputedesk.complaint.ui;

import com.disputedesk.common.CaseNotFound;
import com.disputedesk.complaint.Complaint;
import com.disputedesk.complaint.ComplaintDecisions;
import com.disputedesk.complaint.ComplaintDesk;
import com.disputedesk.complaint.ComplaintResponse;
import com.disputedesk.workspace.Formats;
import static com.disputedesk.workspace.Cards.card;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;

/** One complaint case: every report, the listing, the accused's answers and history; the decision on the right. */
@Route(value = "complaints/case/:caseId", layout = MainLayout.class)
@PageTitle("Complaint — DisputeDesk")
@RolesAllowed({"COMPLAINT_REVIEWER", "OPS_LEAD", "ADMIN"})
class ComplaintCaseView extends VerticalLayout implements BeforeEnterObserver {
  private final ComplaintDesk desk;
  private final ComplaintDecisions decisions;
  private final String user;
  private final boolean reviewer;
  UUID caseId;
  ComplaintDecisionForm form;
  final Button claim = new Button();

  ComplaintCaseView(ComplaintDesk desk, ComplaintDecisions decisions, AuthenticationContext auth) {
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
    var c = file.complaintCase();
    Span status = new Span(c.status().text() + (c.noResponse() ? " · " + getTranslation("complaints.stage.NO_RESPONSE")
        : ""));
    status.addClassName("dd-badge");
    claim.setText(getTranslation("queue.claim"));
    claim.setVisible(reviewer && file.task().map(t -> t.assignee() == null).orElse(false));
    claim.addClickListener(e -> {
      desk.claim(file.task().orElseThrow().taskId(), user);
      render();
    });
    HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("complaint.title", file.reports().size())),
        status, claim);
    header.setAlignItems(Alignment.BASELINE);
    add(header);
    VerticalLayout left = new VerticalLayout(card(getTranslation("complaint.listing"),
        new Anchor(c.productUrl(), c.productUrl(), com.vaadin.flow.component.html.AnchorTarget.BLANK),
        new Paragraph(getTranslation("complaint.accused", c.accusedId()))));
    left.setPadding(false);
    Div reports = card(getTranslation("complaint.reports"));
    for (Complaint r : file.reports()) {
      reports.add(new Paragraph(Formats.dateTime(r.filedAt(), getLocale()) + " · " + r.type()
          + (r.subReason() == null ? "" : " / " + r.subReason()) + " · " + r.reporterId()
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
    file.evidence().forEach(e -> answers.add(new Paragraph(e.party() + " · " + e.filename() + " · " + e.contentType()
        + " · SHA-256 " + e.sha256().substring(0, 12) + "…")));
    left.add(reports, answers);
    VerticalLayout right = new VerticalLayout(history(file));
    right.setPadding(false);
    if (file.task().map(t -> user.equals(t.assignee())).orElse(false)) {
      form = new ComplaintDecisionForm(c, decisions, user, this::done);
      right.add(form);
    }
    Div columns = new Div(left, right);
    columns.addClassName("dd-columns");
    add(columns);
  }

  private Div history(ComplaintDesk.ComplaintFile file) {
    Div card = card(getTranslation("complaint.history"), new Paragraph(getTranslation("complaint.disputes",
        file.accusedDisputes().size(), file.disputesLost())));
    file.accusedDisputes().stream().limit(10).forEach(d -> card.add(new Paragraph(d.orderId() + " · " + d.status()
        + (d.decision() == null ? "" : " · " + d.decision().outcome()))));
    file.accusedRecords().stream().filter(r -> !r.caseId().equals(caseId))
        .forEach(r -> card.add(new Paragraph(r.summary())));
    return card;
  }

  private void done() {
    Notification.show(getTranslation("complaint.done"), 4000, Notification.Position.BOTTOM_START)
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    getUI().ifPresent(ui -> ui.navigate(ComplaintQueueView.class));
  }

}

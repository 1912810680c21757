package com.disputedesk.worklist.ui;

import com.disputedesk.workspace.MainLayout;
import com.disputedesk.worklist.WorkQueueQuery;
import com.disputedesk.worklist.Worklist;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Set;

/** Landing page: the queues this user's roles may work, with their sizes. */
@Route(value = "", layout = MainLayout.class)
@RolesAllowed({"MEDIATOR", "COMMISSIONER", "QUALITY_REVIEWER", "COMPLAINT_REVIEWER", "OPS_LEAD", "ADMIN"})
class MyWorkView extends VerticalLayout implements com.disputedesk.workspace.Titled {
  final Div tiles = new Div();

  MyCases mine;

  MyWorkView(Worklist worklist, java.util.List<com.disputedesk.worklist.HeldCase.Source> waits, Clock clock,
      AuthenticationContext auth, com.disputedesk.note.CaseNotes notes) {
    String user = auth.getPrincipalName().orElse("");
    tiles.addClassName("dd-tiles");
    add(new H2(getTranslation("home.title")), tiles);
    mentions(notes, user);
    if (auth.hasAnyRole("MEDIATOR", "COMMISSIONER", "QUALITY_REVIEWER", "COMPLAINT_REVIEWER")) {
      mine = new MyCases(worklist, waits, clock, user);
      add(new com.vaadin.flow.component.html.H3(getTranslation("mycases.title")), mine);
    }
    if (auth.hasAnyRole("MEDIATOR", "ADMIN")) {
      WorkQueueQuery mediation = WorkQueueQuery.forGroups(Set.of("mediators"));
      tiles.add(tile(getTranslation("nav.mediation"), worklist.count(mediation),
          getTranslation("home.mine", worklist.count(mediation.assignedTo(user))), "mediation"));
    }
    if (auth.hasAnyRole("QUALITY_REVIEWER", "OPS_LEAD", "ADMIN")) {
      WorkQueueQuery breaches = WorkQueueQuery.forGroups(Set.of("mediators")).breachedAt(clock.instant());
      tiles.add(tile(getTranslation("home.breaches"), worklist.count(breaches), getTranslation("home.breaches.detail"),
          "mediation?breached"));
    }
    if (auth.hasRole("COMMISSIONER")) {
      WorkQueueQuery appeals = WorkQueueQuery.forGroups(Set.of("appeal-commission")).seenBy(user);
      tiles.add(tile(getTranslation("nav.appeals"), worklist.count(appeals),
          getTranslation("home.mine", worklist.count(appeals.assignedTo(user))), "appeals"));
    }
    if (auth.hasAnyRole("QUALITY_REVIEWER", "ADMIN")) {
      tiles.add(tile(getTranslation("home.feedback"),
          worklist.count(WorkQueueQuery.forGroups(Set.of("quality-reviewers"))),
          getTranslation("home.feedback.detail", worklist.count(WorkQueueQuery.forGroups(Set.of("appeal-commission"))
              .breachedAt(clock.instant()))), "appeals"));
    }
    if (auth.hasAnyRole("COMPLAINT_REVIEWER", "ADMIN")) {
      WorkQueueQuery complaints = WorkQueueQuery.forGroups(Set.of("complaint-reviewers"));
      tiles.add(tile(getTranslation("nav.complaints"), worklist.count(complaints),
          getTranslation("home.mine", worklist.count(complaints.assignedTo(user))), "complaints"));
    }
    if (auth.hasAnyRole("OPS_LEAD", "ADMIN")) {
      tiles.add(tile(getTranslation("nav.sla"), -1, getTranslation("home.sla"), "sla-policies"));
    }
    if (tiles.getComponentCount() == 0) {
      add(new Paragraph(getTranslation("home.nothing")));
    }
  }

  /** Notes that name the user and they have not read: a tile with the count, and each one a link to its case. */
  private void mentions(com.disputedesk.note.CaseNotes notes, String user) {
    int unread = notes.unreadCount(user);
    if (unread == 0) {
      return;
    }
    Div tile = tile(getTranslation("home.mentions"), unread, getTranslation("home.mentions.detail"), "");
    tile.addClassName("dd-mentions");
    for (var m : notes.unread(user, 5)) {
      String excerpt = m.body().length() > 80 ? m.body().substring(0, 80) + "…" : m.body();
      tile.add(new Div(new Anchor(m.caseRoute(), getTranslation("home.mentions.by", m.author(),
          com.disputedesk.workspace.Formats.dateTime(m.at(), getLocale()), excerpt))));
    }
    tiles.add(tile);
  }

  private Div tile(String title, int count, String detail, String route) {
    Div tile = new Div();
    tile.addClassNames("dd-card", "dd-tile");
    Anchor link = new Anchor(route, title);
    Span number = new Span(count < 0 ? "" : String.valueOf(count));
    number.addClassName("dd-count");
    tile.add(new Div(link), new Div(number), new Paragraph(detail));
    return tile;
  }
}

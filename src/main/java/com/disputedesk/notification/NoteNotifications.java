package com.disputedesk.notification;

import com.disputedesk.note.ColleagueMentioned;
import com.disputedesk.security.BackOfficeUsers;
import org.springframework.stereotype.Component;

/** Tells a colleague they were named in an internal note; only staff ever get a note's words. */
@Component
class NoteNotifications {
  private static final int EXCERPT = 500;
  private final Outbox outbox;
  private final BackOfficeUsers staff;

  NoteNotifications(Outbox outbox, BackOfficeUsers staff) {
    this.outbox = outbox;
    this.staff = staff;
  }

  @StoredWithTheChange
  void on(ColleagueMentioned e) {
    staff.emailOf(e.username()).ifPresent(email -> outbox.send("mention:" + e.noteId() + ":" + e.username(),
        e.caseId(), email, e.author() + " mentioned you in an internal note",
        e.author() + " wrote on a case (/" + e.caseRoute() + "):\n\n"
            + (e.body().length() > EXCERPT ? e.body().substring(0, EXCERPT) + "…" : e.body())
            + "\n\nInternal note: the parties never see it."));
  }
}

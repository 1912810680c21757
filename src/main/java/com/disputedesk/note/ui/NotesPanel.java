package com.disputedesk.note.ui;

import com.disputedesk.common.InvalidInput;
import com.disputedesk.note.CaseNote;
import com.disputedesk.note.CaseNotes;
import com.disputedesk.note.UnknownColleagues;
import com.disputedesk.workspace.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;

/**
 * A case's internal notes, for colleagues only, and a box to add one; {@code @username} tells that colleague.
 * Opening the case marks the user's mentions on it as read.
 */
public class NotesPanel extends Div {
  final TextArea text = new TextArea();
  final Button add = new Button();
  private final Div list = new Div();
  private final CaseNotes notes;
  private final UUID caseId;
  private final String route;
  private final String user;

  public NotesPanel(CaseNotes notes, UUID caseId, String route, String user) {
    this.notes = notes;
    this.caseId = caseId;
    this.route = route;
    this.user = user;
    addClassNames("dd-card", "dd-notes");
    text.setLabel(getTranslation("notes.new"));
    text.setPlaceholder(getTranslation("notes.placeholder"));
    text.setMaxLength(CaseNotes.MAX_LENGTH);
    text.setWidthFull();
    add.setText(getTranslation("notes.add"));
    add.addClickListener(e -> save());
    Span hint = new Span(getTranslation("notes.private"));
    hint.addClassName("dd-hint");
    add(new H3(getTranslation("notes.title")), hint, list, text, add);
    notes.seen(caseId, user);
    show();
  }

  private void save() {
    try {
      CaseNote added = notes.add(caseId, route, user, text.getValue());
      text.clear();
      text.setInvalid(false);
      show();
      var told = added.mentions().stream().filter(m -> !m.equals(user)).toList();
      com.vaadin.flow.component.notification.Notification.show(told.isEmpty() ? getTranslation("notes.added")
              : getTranslation("notes.addedTold", "@" + String.join(", @", told)), 3000,
          com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START)
          .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_SUCCESS);
    } catch (UnknownColleagues e) {
      text.setErrorMessage(getTranslation("notes.unknown", String.join(", @", e.names())));
      text.setInvalid(true);
    } catch (InvalidInput e) {
      text.setErrorMessage(getTranslation("notes.invalid", CaseNotes.MAX_LENGTH));
      text.setInvalid(true);
    }
  }

  private void show() {
    list.removeAll();
    var all = notes.of(caseId);
    if (all.isEmpty()) {
      list.add(new Paragraph(getTranslation("notes.none")));
    }
    for (CaseNote n : all) {
      Paragraph p = new Paragraph();
      Span who = new Span(n.author() + " · " + Formats.dateTime(n.createdAt(), getLocale()));
      who.addClassName("dd-muted");
      p.add(who, body(n.body()));
      p.addClassName("dd-note");
      list.add(p);
    }
  }

  /** The note's words with each @mention in bold, so who was told stands out. */
  private static Div body(String text) {
    Div body = new Div();
    java.util.regex.Matcher m = MENTION.matcher(text);
    int at = 0;
    while (m.find()) {
      body.add(new Span(text.substring(at, m.start())));
      Span mention = new Span(m.group());
      mention.addClassName("dd-mention");
      body.add(mention);
      at = m.end();
    }
    body.add(new Span(text.substring(at)));
    return body;
  }

  private static final java.util.regex.Pattern MENTION =
      java.util.regex.Pattern.compile("(?<![\\w@])@[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
}

package com.disputedesk.workspace;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;

/** The body of the workspace's error pages: what went wrong, for which address, and the way back to one's work. */
abstract class ErrorPage extends VerticalLayout {
  void show(BeforeEnterEvent event, String messages) {
    removeAll();
    add(new H2(getTranslation(messages + ".title")),
        new Paragraph(getTranslation(messages + ".text", "/" + event.getLocation().getPath())),
        new Anchor("", getTranslation("error.back")));
  }
}

package com.disputedesk.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/** The titled card every case view is built of. */
public final class Cards {
  private Cards() {}

  public static Div card(String title, Component... content) {
    Div card = new Div(new H3(title));
    card.add(content);
    card.addClassName("dd-card");
    return card;
  }
}

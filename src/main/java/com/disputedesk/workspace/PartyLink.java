package com.disputedesk.workspace;

import com.vaadin.flow.component.html.Anchor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A party id wherever it is shown links to that party's record ({@code /parties/{partyId}}). */
public final class PartyLink {
  private PartyLink() {}

  public static String href(String partyId) {
    return "parties/" + URLEncoder.encode(partyId, StandardCharsets.UTF_8).replace("+", "%20");
  }

  public static Anchor of(String partyId, String text) {
    Anchor a = new Anchor(href(partyId), text);
    a.addClassName("dd-party-link");
    return a;
  }
}

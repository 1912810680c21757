package com.disputedesk.workspace;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.UUID;

/** A case file's downloads (the PDF dossier, the evidence ZIP), for every case view. */
public final class CaseFileLinks {
  private CaseFileLinks() {}

  public static Span of(UUID disputeId) {
    return links("case-files/" + disputeId);
  }

  public static Span ofComplaint(UUID caseId) {
    return links("case-files/complaints/" + caseId);
  }

  public static Span ofAccountReview(UUID reviewId) {
    return links("case-files/account-reviews/" + reviewId);
  }

  private static Span links(String base) {
    Span links = new Span(link(base, "dossier.pdf", "case.export.dossier"),
        link(base, "evidence.zip", "case.export.evidence"));
    links.addClassName("dd-exports");
    return links;
  }

  private static Anchor link(String base, String file, String key) {
    UI ui = UI.getCurrent();
    Anchor a = new Anchor(base + "/" + file, ui == null ? key : ui.getTranslation(key));
    a.getElement().setAttribute("router-ignore", true);
    a.getElement().setAttribute("download", true);
    a.getElement().setAttribute("title", ui == null ? key : ui.getTranslation(key + ".hint"));
    a.addClassName("dd-export");
    return a;
  }
}

package com.disputedesk.workspace;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.UUID;

/** A dispute's case file downloads (the PDF dossier, the evidence ZIP), for its mediation and appeal views. */
public final class CaseFileLinks {
  private CaseFileLinks() {}

  public static Span of(UUID disputeId) {
    Span links = new Span(link(disputeId, "dossier.pdf", "case.export.dossier"),
        link(disputeId, "evidence.zip", "case.export.evidence"));
    links.addClassName("dd-exports");
    return links;
  }

  private static Anchor link(UUID disputeId, String file, String key) {
    UI ui = UI.getCurrent();
    Anchor a = new Anchor("case-files/" + disputeId + "/" + file, ui == null ? key : ui.getTranslation(key));
    a.getElement().setAttribute("router-ignore", true);
    a.getElement().setAttribute("download", true);
    a.getElement().setAttribute("title", ui == null ? key : ui.getTranslation(key + ".hint"));
    a.addClassName("dd-export");
    return a;
  }
}

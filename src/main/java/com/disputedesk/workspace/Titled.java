package com.disputedesk.workspace;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasDynamicTitle;

/** A view's browser tab in the user's language: {@code title.<View>} — DisputeDesk (cases add their name). */
public interface Titled extends HasDynamicTitle {
  @Override
  default String getPageTitle() {
    UI ui = UI.getCurrent();
    String title = ui == null ? getClass().getSimpleName() : ui.getTranslation("title." + getClass().getSimpleName());
    String name = this instanceof CaseTitle c ? c.caseName() : null;
    return (name == null ? "" : name + " · ") + title + " — DisputeDesk";
  }
}

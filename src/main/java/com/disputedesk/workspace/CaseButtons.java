package com.disputedesk.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.shared.Registration;

/**
 * A case page's Claim and Release, set again on every render: one click listener each (a re-render replaces it,
 * so a click acts once), and "Claim (c)" bound to its key only while offered — a bound key is swallowed in every
 * field of the page, and while a form is open a typed c must stay a c.
 */
public final class CaseButtons {
  private CaseButtons() {}

  public static void claim(Button claim, Component scope, boolean offered, Runnable action) {
    claim.setText(Labels.translate("queue.claim"));
    claim.setVisible(offered);
    onClick(claim, action);
    ShortcutRegistration bound = ComponentUtil.getData(claim, ShortcutRegistration.class);
    if (bound != null) {
      bound.remove();
    }
    ComponentUtil.setData(claim, ShortcutRegistration.class,
        offered ? claim.addClickShortcut(Key.KEY_C).listenOn(scope) : null);
  }

  /** Release, shown to whoever holds a task of the case. */
  public static void release(Button release, boolean held, Runnable action) {
    release.setText(Labels.translate("case.release"));
    release.setVisible(held);
    onClick(release, action);
  }

  private static void onClick(Button button, Runnable action) {
    Registration previous = ComponentUtil.getData(button, Registration.class);
    if (previous != null) {
      previous.remove();
    }
    ComponentUtil.setData(button, Registration.class, button.addClickListener(e -> action.run()));
  }
}

package com.disputedesk.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.button.Button;

/**
 * "Claim (c)" on a case page: the key is bound only while the button is offered. A bound key is swallowed in every
 * field of the page, so while a form is open (the case is claimed) a typed c must stay a c.
 */
public final class ClaimKey {
  private ClaimKey() {}

  public static void follow(Button claim, Component scope) {
    ShortcutRegistration bound = ComponentUtil.getData(claim, ShortcutRegistration.class);
    if (bound != null) {
      bound.remove();
    }
    ComponentUtil.setData(claim, ShortcutRegistration.class,
        claim.isVisible() ? claim.addClickShortcut(Key.KEY_C).listenOn(scope) : null);
  }
}

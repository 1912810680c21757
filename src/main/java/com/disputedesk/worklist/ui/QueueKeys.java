package com.disputedesk.worklist.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.util.Map;

/** A queue's keyboard: single-key commands and the grid's focus. */
public final class QueueKeys {
  private QueueKeys() {}

  /**
   * A queue's single-key commands (j, k, c, n, Enter, f) anywhere on the view, from the moment it opens: a keydown
   * outside a text field runs the key's action, so typing in the search or a filter stays typing.
   */
  public static void of(Component view, Map<String, Runnable> actions) {
    String keys = actions.keySet().stream().map(k -> "'" + k + "'").reduce((a, b) -> a + "," + b).orElse("");
    String filter = "[" + keys + "].includes(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey"
        + " && !['INPUT', 'TEXTAREA', 'SELECT', 'VAADIN-BUTTON'].includes(event.composedPath()[0].tagName)"
        + " && !event.composedPath()[0].isContentEditable && (event.key !== 'f' || !event.preventDefault())";
    // on the page's body while the view is shown: a key works even before anything in the view has the focus
    view.addAttachListener(attach -> {
      var registration = attach.getUI().getElement().addEventListener("keydown", e -> {
        Runnable action = actions.get(e.getEventData().getString("event.key"));
        if (action != null) {
          action.run();
        }
      }).addEventData("event.key").setFilter(filter);
      view.addDetachListener(detach -> {
        registration.remove();
        detach.unregisterListener();
      });
    });
  }

  /** Gives the grid the keyboard focus once its first rows are painted (at attach they are not there yet). */
  public static void focusSoon(Grid<?> grid) {
    grid.getElement().executeJs("const g = this; customElements.whenDefined('vaadin-grid').then(() => "
        + "setTimeout(() => { if (!document.activeElement || document.activeElement === document.body) g.focus(); },"
        + " 300));");
  }
}

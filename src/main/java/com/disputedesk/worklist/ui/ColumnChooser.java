package com.disputedesk.worklist.ui;

import com.disputedesk.workspace.Preferences;
import com.disputedesk.worklist.WorkItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.util.function.Function;

/** A queue's "Columns" menu. */
public final class ColumnChooser {
  private ColumnChooser() {}

  /**
   * "Columns": which columns this person sees in this queue, remembered for them ({@code columns.<queue>}: the
   * hidden ones), so a lead can hide the claimer column and a mediator the stage.
   */
  public static Button of(Grid<WorkItem> grid,
      Preferences preferences, String user, String queue, Function<String, String> i18n) {
    String name = "columns." + queue;
    java.util.Set<String> hidden = new java.util.TreeSet<>(java.util.Arrays.asList(
        preferences.get(user, name).orElse("").split(",")));
    var button = new Button(i18n.apply("queue.columns"));
    button.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
    var menu = new com.vaadin.flow.component.contextmenu.ContextMenu(button);
    menu.setOpenOnClick(true);
    for (Grid.Column<WorkItem> column : grid.getColumns()) {
      if (column.getKey() == null || "sla".equals(column.getKey())) {
        continue; // the SLA countdown is what a queue is for: never hidden
      }
      column.setVisible(!hidden.contains(column.getKey()));
      var item = menu.addItem(column.getHeaderText(), e -> {
        column.setVisible(e.getSource().isChecked());
        if (column.isVisible()) {
          hidden.remove(column.getKey());
        } else {
          hidden.add(column.getKey());
        }
        preferences.set(user, name, String.join(",", hidden));
      });
      item.setCheckable(true);
      item.setChecked(column.isVisible());
    }
    return button;
  }
}

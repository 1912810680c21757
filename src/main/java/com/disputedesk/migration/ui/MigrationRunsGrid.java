package com.disputedesk.migration.ui;

import com.disputedesk.migration.MigrationRun;
import com.disputedesk.migration.ProcessMigrations;
import com.disputedesk.workspace.Formats;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;

/** The latest moves with their progress, refreshed every two seconds while one is running. */
class MigrationRunsGrid extends VerticalLayout {
  final Grid<MigrationRun> grid = new Grid<>();
  private final ProcessMigrations migrations;
  private Registration polling;
  private java.util.function.Function<String, String> names = key -> key;

  private final Runnable onFinished;

  MigrationRunsGrid(ProcessMigrations migrations, Runnable onFinished) {
    this.migrations = migrations;
    this.onFinished = onFinished;
    setPadding(false);
    grid.addColumn(r -> Formats.dateTime(r.startedAt(), getLocale())).setHeader(getTranslation("migration.run.at"))
        .setAutoWidth(true);
    grid.addColumn(MigrationRun::requestedBy).setHeader(getTranslation("migration.run.by")).setAutoWidth(true);
    grid.addColumn(r -> names.apply(r.processKey())).setHeader(getTranslation("migration.process")).setFlexGrow(2)
        .setTooltipGenerator(r -> names.apply(r.processKey()));
    grid.addColumn(r -> getTranslation("migration.run.versions", r.fromVersion(), r.toVersion()))
        .setHeader(getTranslation("migration.run.versionsHeader")).setAutoWidth(true);
    grid.addColumn(r -> getTranslation("migration.run.progress", r.moved(), r.total()))
        .setHeader(getTranslation("migration.run.progressHeader")).setAutoWidth(true);
    grid.addColumn(r -> getTranslation("migration.run.status." + r.status(), r.failed())).setKey("status")
        .setHeader(getTranslation("migration.run.status")).setFlexGrow(2);
    grid.setEmptyStateText(getTranslation("migration.run.empty"));
    grid.setAllRowsVisible(true);
    add(new H3(getTranslation("migration.runs")), grid);
  }

  /** How a model is called on screen (its name in the model), by process key. */
  void names(java.util.function.Function<String, String> names) {
    this.names = names;
  }

  void refresh() {
    var recent = migrations.recent(20);
    grid.setItems(recent);
    boolean running = recent.stream().anyMatch(r -> r.status() == MigrationRun.Status.RUNNING);
    getUI().ifPresent(ui -> {
      if (running && polling == null) {
        ui.setPollInterval(2000);
        polling = ui.addPollListener(e -> refresh());
      } else if (!running && polling != null) {
        ui.setPollInterval(-1);
        polling.remove();
        polling = null;
        onFinished.run();
      }
    });
  }

  @Override
  protected void onAttach(AttachEvent event) {
    refresh();
  }
}

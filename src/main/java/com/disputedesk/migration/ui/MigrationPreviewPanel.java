package com.disputedesk.migration.ui;

import com.disputedesk.migration.MigrationPreview;
import com.disputedesk.migration.MigrationPreview.ActivityMapping;
import com.disputedesk.migration.MigrationPreview.Mapping;
import com.disputedesk.migration.MigrationPreview.TimerChange;
import com.disputedesk.migration.ProcessMigrations;
import com.disputedesk.workspace.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** The dry run: a summary, where the cases wait and how each activity maps (mappable in place), failures, timers. */
class MigrationPreviewPanel extends VerticalLayout {
  final Paragraph summary = new Paragraph();
  final Grid<ActivityMapping> activities = new Grid<>();
  final VerticalLayout failures = new VerticalLayout();
  final Grid<TimerChange> timers = new Grid<>();
  private final ProcessMigrations migrations;
  private final Map<String, String> mappings = new LinkedHashMap<>();
  private Map<String, String> targets = Map.of();
  private Map<String, String> sources = Map.of();
  private MigrationPreview current;
  private Consumer<MigrationPreview> listener = p -> { };
  private Runnable remap = () -> { };

  MigrationPreviewPanel(ProcessMigrations migrations) {
    this.migrations = migrations;
    setPadding(false);
    activities.addColumn(a -> a.name()).setHeader(getTranslation("migration.activity")).setFlexGrow(3)
        .setTooltipGenerator(ActivityMapping::activityId);
    activities.addColumn(ActivityMapping::instances).setHeader(getTranslation("migration.instances")).setFlexGrow(0)
        .setWidth("9em");
    activities.addColumn(a -> getTranslation("migration.mapping." + a.mapping())).setKey("mapping")
        .setHeader(getTranslation("migration.mapping")).setFlexGrow(1).setTooltipGenerator(a -> a.problem() == null
            ? "" : a.problem());
    activities.addColumn(new ComponentRenderer<>(this::target)).setKey("target").setHeader(getTranslation("migration.target"))
        .setFlexGrow(2);
    activities.setAllRowsVisible(true);
    timers.addColumn(t -> sources.getOrDefault(t.activityId(), t.activityId())).setHeader(getTranslation("migration.timer"))
        .setFlexGrow(2).setTooltipGenerator(TimerChange::activityId);
    timers.addColumn(t -> getTranslation("migration.timer.policies", t.fromPolicy(), t.toPolicy()))
        .setHeader(getTranslation("migration.timer.policy")).setFlexGrow(2);
    timers.addColumn(TimerChange::running).setHeader(getTranslation("migration.instances")).setFlexGrow(0)
        .setWidth("9em");
    timers.addColumn(t -> t.sample().isEmpty() ? "" : getTranslation("migration.timer.sample",
        Formats.dateTime(t.sample().get(0).oldDue(), getLocale()), Formats.dateTime(t.sample().get(0).newDue(),
            getLocale()))).setHeader(getTranslation("migration.timer.example")).setFlexGrow(3);
    timers.setAllRowsVisible(true);
    add(summary, activities, failures, timers);
    clear();
  }

  void onChange(Consumer<MigrationPreview> listener) {
    this.listener = listener;
  }

  void onRemap(Runnable remap) {
    this.remap = remap;
  }

  Map<String, String> mappings() {
    return Map.copyOf(mappings);
  }

  MigrationPreview current() {
    return current;
  }

  void clear() {
    current = null;
    mappings.clear();
    summary.setText(getTranslation("migration.empty"));
    activities.setVisible(false);
    timers.setVisible(false);
    failures.removeAll();
    listener.accept(null);
  }

  void show(MigrationPreview preview) {
    current = preview;
    targets = migrations.activities(preview.to().definitionId());
    sources = migrations.activities(preview.from().definitionId());
    summary.setText(getTranslation(preview.ready() ? "migration.summary.ready" : "migration.summary.blocked",
        preview.instances(), preview.from().version(), preview.to().version(), preview.blockedInstances()));
    activities.setItems(preview.activities());
    activities.setVisible(true);
    failures.removeAll();
    preview.failures().forEach(f -> failures.add(new Span(getTranslation("migration.failure", f))));
    timers.setItems(preview.timers());
    timers.setVisible(!preview.timers().isEmpty());
    listener.accept(preview);
  }

  private Component target(ActivityMapping a) {
    if (a.mapping() == Mapping.ONE_TO_ONE) {
      return new Span(targets.getOrDefault(a.targetActivityId(), a.targetActivityId()));
    }
    Select<String> choice = new Select<>();
    choice.setItems(targets.keySet());
    choice.setItemLabelGenerator(id -> targets.get(id) + " (" + id + ")");
    choice.setPlaceholder(getTranslation("migration.target.choose"));
    choice.setValue(a.targetActivityId());
    choice.addValueChangeListener(e -> {
      mappings.put(a.activityId(), e.getValue());
      remap.run();
    });
    return choice;
  }
}

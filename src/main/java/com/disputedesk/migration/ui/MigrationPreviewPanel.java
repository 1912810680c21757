package com.disputedesk.migration.ui;

import com.disputedesk.migration.MigrationPreview;
import com.disputedesk.migration.MigrationPreview.ActivityMapping;
import com.disputedesk.migration.MigrationPreview.Mapping;
import com.disputedesk.migration.MigrationPreview.TimerChange;
import com.disputedesk.migration.ProcessMigrations;
import com.disputedesk.migration.ProcessMigrations.Activity;
import com.disputedesk.workspace.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The dry run: a summary, where the cases wait and how each activity maps (a missing one mappable in place, to an
 * activity of the same kind, the one of the same name proposed), refusals, and the deadlines that change.
 */
class MigrationPreviewPanel extends VerticalLayout {
  final Paragraph summary = new Paragraph();
  final Grid<ActivityMapping> activities = new Grid<>();
  final VerticalLayout failures = new VerticalLayout();
  final H4 timersTitle = new H4();
  final Paragraph timersHelp = new Paragraph();
  final Grid<TimerChange> timers = new Grid<>();
  private final ProcessMigrations migrations;
  private final Map<String, String> mappings = new LinkedHashMap<>();
  private Map<String, Activity> targets = Map.of();
  private Map<String, Activity> sources = Map.of();
  private MigrationPreview current;
  private Consumer<MigrationPreview> listener = p -> { };
  private Runnable remap = () -> { };

  MigrationPreviewPanel(ProcessMigrations migrations) {
    this.migrations = migrations;
    setPadding(false);
    activities.addColumn(a -> ActivityNames.of(this, a.activityId(), a.name())).setHeader(getTranslation(
        "migration.activity")).setFlexGrow(3).setTooltipGenerator(ActivityMapping::activityId);
    activities.addColumn(ActivityMapping::instances).setHeader(getTranslation("migration.instances")).setFlexGrow(0)
        .setWidth("7em");
    activities.addColumn(a -> getTranslation("migration.mapping." + a.mapping())).setKey("mapping")
        .setHeader(getTranslation("migration.mapping")).setFlexGrow(2).setTooltipGenerator(a -> a.problem() == null
            ? "" : a.problem());
    activities.addColumn(new ComponentRenderer<>(this::target)).setKey("target")
        .setHeader(getTranslation("migration.target")).setFlexGrow(3);
    activities.setPartNameGenerator(a -> a.mapping() == Mapping.NEEDS_MAPPING || a.mapping() == Mapping.FAILS
        ? "dd-needs-attention" : null);
    activities.setAllRowsVisible(true);
    timersTitle.setText(getTranslation("migration.timers"));
    timersHelp.setText(getTranslation("migration.timers.help"));
    timers.addColumn(t -> ActivityNames.of(this, t.activityId(), name(sources, t.activityId())))
        .setHeader(getTranslation("migration.timer")).setFlexGrow(2).setTooltipGenerator(TimerChange::activityId);
    timers.addColumn(t -> getTranslation("migration.timer.policies", t.fromPolicy(), t.toPolicy()))
        .setHeader(getTranslation("migration.timer.policy")).setFlexGrow(3).setTooltipGenerator(t ->
            t.fromPolicy() + " → " + t.toPolicy());
    timers.addColumn(TimerChange::running).setHeader(getTranslation("migration.instances")).setFlexGrow(0)
        .setWidth("7em");
    timers.addColumn(t -> t.sample().isEmpty() ? "—" : getTranslation("migration.timer.sample",
        Formats.dateTime(t.sample().get(0).oldDue(), getLocale()), Formats.dateTime(t.sample().get(0).newDue(),
            getLocale()))).setHeader(getTranslation("migration.timer.example")).setFlexGrow(4);
    timers.setAllRowsVisible(true);
    add(summary, activities, failures, timersTitle, timersHelp, timers);
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
    clear(getTranslation("migration.empty"));
  }

  void clear(String message) {
    current = null;
    mappings.clear();
    summary.setText(message);
    activities.setVisible(false);
    setTimersVisible(false);
    failures.removeAll();
    listener.accept(null);
  }

  /** Shows the dry run; a missing activity with one same-named activity of its kind in the target is mapped to it. */
  void show(MigrationPreview preview) {
    targets = migrations.activities(preview.to().definitionId());
    sources = migrations.activities(preview.from().definitionId());
    boolean proposed = false;
    for (ActivityMapping a : preview.activities()) {
      String suggestion = a.mapping() == Mapping.NEEDS_MAPPING ? suggestion(a.activityId()) : null;
      if (suggestion != null && !mappings.containsKey(a.activityId())) {
        mappings.put(a.activityId(), suggestion);
        proposed = true;
      }
    }
    if (proposed) {
      remap.run();
      return;
    }
    current = preview;
    failures.removeAll();
    if (preview.instances() == 0) {
      summary.setText(getTranslation("migration.summary.none", preview.from().version()));
      activities.setVisible(false);
      setTimersVisible(false);
      listener.accept(preview);
      return;
    }
    String key = preview.ready() ? "migration.summary.ready" : "migration.summary.blocked";
    summary.setText(getTranslation(key, preview.instances(), preview.from().version(), preview.to().version(),
        preview.blockedInstances()) + (preview.to().version() < preview.from().version()
            ? " " + getTranslation("migration.summary.older") : ""));
    activities.setItems(preview.activities().stream()
        .sorted(Comparator.comparingLong(ActivityMapping::instances).reversed()).toList());
    activities.setVisible(true);
    preview.failures().forEach(f -> failures.add(new Span(getTranslation("migration.failure", f))));
    timers.setItems(preview.timers());
    setTimersVisible(!preview.timers().isEmpty());
    listener.accept(preview);
  }

  private void setTimersVisible(boolean visible) {
    timersTitle.setVisible(visible);
    timersHelp.setVisible(visible);
    timers.setVisible(visible);
  }

  /** The target activity of the source's kind and name, when exactly one has both. */
  private String suggestion(String sourceId) {
    Activity source = sources.get(sourceId);
    var same = targets.entrySet().stream().filter(t -> source != null && t.getValue().type().equals(source.type())
        && t.getValue().name().equals(source.name())).map(Map.Entry::getKey).toList();
    return same.size() == 1 ? same.get(0) : null;
  }

  private Component target(ActivityMapping a) {
    if (a.mapping() == Mapping.ONE_TO_ONE) {
      return new Span(ActivityNames.of(this, a.targetActivityId(), name(targets, a.targetActivityId())));
    }
    Activity source = sources.get(a.activityId());
    Select<String> choice = new Select<>();
    choice.setWidthFull();
    choice.setItems(targets.entrySet().stream()
        .filter(t -> source == null || t.getValue().type().equals(source.type()))
        .map(Map.Entry::getKey).sorted(Comparator.comparing(id -> name(targets, id))).toList());
    choice.setItemLabelGenerator(id -> ActivityNames.of(this, id, name(targets, id)));
    choice.setPlaceholder(getTranslation("migration.target.choose"));
    choice.setValue(a.targetActivityId());
    choice.setTooltipText(a.targetActivityId() == null ? "" : a.targetActivityId());
    choice.addValueChangeListener(e -> {
      mappings.put(a.activityId(), e.getValue());
      remap.run();
    });
    return choice;
  }

  private static String name(Map<String, Activity> nodes, String id) {
    Activity node = nodes.get(id);
    return node == null ? id : node.name();
  }
}

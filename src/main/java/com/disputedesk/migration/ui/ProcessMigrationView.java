package com.disputedesk.migration.ui;

import com.disputedesk.common.RuleViolation;
import com.disputedesk.migration.MigrationPreview;
import com.disputedesk.migration.MigrationRequest;
import com.disputedesk.migration.ProcessMigrations;
import com.disputedesk.migration.ProcessMigrations.ModelVersion;
import com.disputedesk.workspace.MainLayout;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;

/**
 * Administrators move running cases to another version of their model: choose the model and both versions, read the
 * dry run (where the cases wait, what maps how, what blocks the move, timers that change), map what it names, then
 * move them and follow the batch below.
 */
@Route(value = "admin/process-migrations", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class ProcessMigrationView extends VerticalLayout implements com.disputedesk.workspace.Titled {
  final Select<String> process = new Select<>();
  final Select<ModelVersion> from = new Select<>();
  final Select<ModelVersion> to = new Select<>();
  final Button previewButton = new Button();
  final Button migrate = new Button();
  final MigrationPreviewPanel preview;
  final MigrationRunsGrid runs;
  private final ProcessMigrations migrations;
  private final String admin;
  private List<ModelVersion> versions = List.of();

  ProcessMigrationView(ProcessMigrations migrations, AuthenticationContext auth) {
    this.migrations = migrations;
    this.admin = auth.getPrincipalName().orElseThrow();
    this.preview = new MigrationPreviewPanel(migrations);
    this.runs = new MigrationRunsGrid(migrations, this::reloadVersions);
    setSizeFull();
    process.setLabel(getTranslation("migration.process"));
    from.setLabel(getTranslation("migration.from"));
    to.setLabel(getTranslation("migration.to"));
    from.setItemLabelGenerator(this::label);
    to.setItemLabelGenerator(this::label);
    process.setWidth("16em");
    from.setWidth("24em");
    to.setWidth("24em");
    from.setEnabled(false);
    to.setEnabled(false);
    previewButton.setEnabled(false);
    process.addValueChangeListener(e -> chooseProcess(e.getValue()));
    from.addValueChangeListener(e -> changed());
    to.addValueChangeListener(e -> changed());
    previewButton.setText(getTranslation("migration.preview"));
    previewButton.addClickShortcut(Key.ENTER);
    previewButton.addClickListener(e -> showPreview());
    migrate.setText(getTranslation("migration.migrate"));
    migrate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    migrate.setEnabled(false);
    migrate.addClickListener(e -> confirm());
    preview.onChange(p -> migrate.setEnabled(p != null && p.ready() && p.instances() > 0));
    preview.onRemap(this::showPreview);
    var choose = new HorizontalLayout(process, from, to, previewButton, migrate);
    choose.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    choose.setWrap(true);
    add(new H2(getTranslation("migration.title")), new Paragraph(getTranslation("migration.intro")), choose, preview,
        runs);
    reload();
  }

  void reload() {
    versions = migrations.versions();
    String chosen = process.getValue();
    process.setItems(versions.stream().map(ModelVersion::processKey).distinct()
        .sorted(java.util.Comparator.comparing(this::name)).toList());
    process.setItemLabelGenerator(this::name);
    runs.names(this::name);
    if (chosen != null) {
      process.setValue(chosen);
    }
    runs.refresh();
  }

  /** After a move: the running counts change, the choice stays. */
  void reloadVersions() {
    ModelVersion fromChosen = from.getValue();
    ModelVersion toChosen = to.getValue();
    versions = migrations.versions();
    var ofProcess = versions.stream().filter(v -> Objects.equals(v.processKey(), process.getValue())).toList();
    from.setItems(ofProcess);
    to.setItems(ofProcess);
    same(ofProcess, fromChosen).ifPresent(from::setValue);
    same(ofProcess, toChosen).ifPresent(to::setValue);
  }

  private static java.util.Optional<ModelVersion> same(List<ModelVersion> versions, ModelVersion chosen) {
    return chosen == null ? java.util.Optional.empty()
        : versions.stream().filter(v -> v.definitionId().equals(chosen.definitionId())).findFirst();
  }

  private void changed() {
    from.setInvalid(false);
    to.setInvalid(false);
    preview.clear();
  }

  private String name(String key) {
    return ActivityNames.of(this, key, versions.stream().filter(v -> v.processKey().equals(key)).findFirst()
        .map(ModelVersion::name).orElse(key));
  }

  /** The newest version is the target; the source is the oldest other version that still has running cases. */
  private void chooseProcess(String key) {
    var ofProcess = versions.stream().filter(v -> Objects.equals(v.processKey(), key)).toList();
    from.setItems(ofProcess);
    to.setItems(ofProcess);
    boolean choice = key != null && ofProcess.size() > 1;
    from.setEnabled(choice);
    to.setEnabled(choice);
    previewButton.setEnabled(choice);
    var newest = ofProcess.stream().findFirst();
    newest.ifPresent(to::setValue);
    var source = ofProcess.stream().filter(v -> v.running() > 0 && !v.equals(newest.orElse(null)))
        .reduce((newer, older) -> older);
    source.ifPresentOrElse(from::setValue, from::clear);
    if (key != null && ofProcess.size() == 1) {
      preview.clear(getTranslation("migration.onlyOne"));
    } else if (source.isEmpty()) {
      preview.clear(getTranslation("migration.noOlder"));
    }
  }

  private String label(ModelVersion v) {
    return getTranslation("migration.version", v.version(), v.versionTag() == null ? "—" : v.versionTag(),
        v.running());
  }

  ProcessMigrations migrations() {
    return migrations;
  }

  MigrationRequest request() {
    return new MigrationRequest(process.getValue(), from.getValue() == null ? null : from.getValue().version(), null,
        to.getValue() == null ? null : to.getValue().version(), preview.mappings());
  }

  void showPreview() {
    if (process.getValue() == null || from.getValue() == null || to.getValue() == null) {
      var missing = process.getValue() == null ? process : from.getValue() == null ? from : to;
      missing.setErrorMessage(getTranslation("migration.choose"));
      missing.setInvalid(true);
      return;
    }
    try {
      var result = migrations.preview(request());
      from.setInvalid(false);
      to.setInvalid(false);
      preview.show(result);
    } catch (RuleViolation e) {
      preview.clear(problem(e)); // said once, where the dry run's answer stands
    }
  }

  /** The refusals this screen can meet, in the user's language. */
  private String problem(RuleViolation e) {
    return List.of("same-version", "unknown-model-version", "migration-blocked", "nothing-to-migrate")
        .contains(e.type()) ? getTranslation("migration.problem." + e.type()) : e.getMessage();
  }

  private void confirm() {
    MigrationPreview p = preview.current();
    long mapped = p.activities().stream().filter(a -> a.mapping() == MigrationPreview.Mapping.EXPLICIT).count();
    int deadlines = p.timers().stream().mapToInt(MigrationPreview.TimerChange::running).sum();
    var dialog = new ConfirmDialog(getTranslation("migration.confirm.title"),
        getTranslation(p.to().version() < p.from().version() ? "migration.confirm.older" : "migration.confirm.text",
            p.instances(), name(process.getValue()), p.from().version(), p.to().version(), mapped, deadlines),
        getTranslation("migration.migrate"), e -> start());
    dialog.setConfirmButtonTheme("error primary");
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("common.cancel"));
    dialog.open();
  }

  void start() {
    try {
      var run = migrations.start(request(), admin);
      Notification.show(getTranslation("migration.started", run.total()), 4000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      preview.clear(getTranslation("migration.moving"));
      reload();
    } catch (RuleViolation e) {
      Notification.show(problem(e), 6000, Notification.Position.MIDDLE)
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }
}

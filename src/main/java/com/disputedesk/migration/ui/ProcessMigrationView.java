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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Model versions — DisputeDesk")
@RolesAllowed("ADMIN")
class ProcessMigrationView extends VerticalLayout {
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
    this.runs = new MigrationRunsGrid(migrations);
    setSizeFull();
    process.setLabel(getTranslation("migration.process"));
    from.setLabel(getTranslation("migration.from"));
    to.setLabel(getTranslation("migration.to"));
    from.setItemLabelGenerator(this::label);
    to.setItemLabelGenerator(this::label);
    from.setEmptySelectionAllowed(false);
    process.addValueChangeListener(e -> chooseProcess(e.getValue()));
    from.addValueChangeListener(e -> preview.clear());
    to.addValueChangeListener(e -> preview.clear());
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
    add(new H2(getTranslation("migration.title")), new Paragraph(getTranslation("migration.intro")), choose, preview,
        runs);
    reload();
  }

  void reload() {
    versions = migrations.versions();
    String chosen = process.getValue();
    process.setItems(versions.stream().map(ModelVersion::processKey).distinct().toList());
    process.setItemLabelGenerator(this::name);
    runs.names(this::name);
    if (chosen != null) {
      process.setValue(chosen);
    }
    runs.refresh();
  }

  private String name(String key) {
    return versions.stream().filter(v -> v.processKey().equals(key)).findFirst().map(ModelVersion::name).orElse(key);
  }

  private void chooseProcess(String key) {
    var ofProcess = versions.stream().filter(v -> Objects.equals(v.processKey(), key)).toList();
    from.setItems(ofProcess);
    to.setItems(ofProcess);
    ofProcess.stream().filter(v -> v.running() > 0).reduce((newer, older) -> older).ifPresent(from::setValue);
    ofProcess.stream().findFirst().ifPresent(to::setValue);
    preview.clear();
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
      from.setInvalid(from.getValue() == null);
      from.setErrorMessage(getTranslation("migration.choose"));
      return;
    }
    try {
      preview.show(migrations.preview(request()));
    } catch (RuleViolation e) {
      preview.clear();
      to.setErrorMessage(problem(e));
      to.setInvalid(true);
    }
  }

  /** The refusals this screen can meet, in the user's language. */
  private String problem(RuleViolation e) {
    return List.of("same-version", "unknown-model-version", "migration-blocked", "nothing-to-migrate")
        .contains(e.type()) ? getTranslation("migration.problem." + e.type()) : e.getMessage();
  }

  private void confirm() {
    MigrationPreview p = preview.current();
    var dialog = new ConfirmDialog(getTranslation("migration.confirm.title"),
        getTranslation("migration.confirm.text", p.instances(), process.getOptionalValue().map(k -> process
            .getItemLabelGenerator().apply(k)).orElse(""), p.from().version(), p.to().version()),
        getTranslation("migration.migrate"), e -> start());
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("common.cancel"));
    dialog.open();
  }

  void start() {
    try {
      var run = migrations.start(request(), admin);
      Notification.show(getTranslation("migration.started", run.total()), 4000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      preview.clear();
      reload();
    } catch (RuleViolation e) {
      Notification.show(problem(e), 6000, Notification.Position.MIDDLE)
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }
}

package com.disputedesk.migration.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.mediation.EvidenceRequests;
import com.disputedesk.migration.MigrationPreview.Mapping;
import com.disputedesk.migration.NextDisputeModel;
import com.disputedesk.security.Roles;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** An administrator previews a move to a new model version, maps the step it lacks, and is asked to confirm. */
class ProcessMigrationViewTest extends IntegrationTest {
  @Autowired ApplicationContext context;
  @Autowired RepositoryService repository;
  @Autowired EvidenceRequests evidenceRequests;
  private String deployment;

  @BeforeEach
  void startVaadin() {
    KaribuSupport.start(context);
    KaribuSupport.signIn("admin", Roles.ADMIN);
  }

  @AfterEach
  void stopVaadin() {
    KaribuSupport.stop();
    if (deployment != null) {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void theDryRunNamesWhatBlocksTheMoveAndAMappingClearsIt() throws Exception {
    var d = cases.escalated();
    cases.claimed(d, "mediator1");
    evidenceRequests.request(d.id(), "mediator1", true, false, "Send the postal opening report.");
    var next = NextDisputeModel.deploy(repository);
    deployment = next.getDeploymentId();
    UI.getCurrent().setLocale(new Locale("ru"));
    UI.getCurrent().navigate("admin/process-migrations");
    ProcessMigrationView view = _get(ProcessMigrationView.class);
    assertThat(view.migrate.isEnabled()).isFalse();

    view.process.setValue("DisputeCaseProcess");
    assertThat(view.to.getValue().definitionId()).as("the newest version is the default target").isEqualTo(next.getId());
    view.from.setValue(view.migrations().versions().stream().filter(v -> "2.0".equals(v.versionTag())
        && v.processKey().equals("DisputeCaseProcess")).findFirst().orElseThrow());
    view.previewButton.click();
    var rows = view.preview.current().activities();
    var evidence = rows.stream().filter(a -> a.activityId().equals("Task_AwaitEvidence")).findFirst().orElseThrow();
    assertThat(evidence.mapping()).as("the renamed step of the same name and kind is proposed").isEqualTo(Mapping.EXPLICIT);
    assertThat(evidence.targetActivityId()).isEqualTo("Task_AwaitRequestedEvidence");
    int row = view.preview.current().activities().stream().sorted(java.util.Comparator.comparingLong(
        com.disputedesk.migration.MigrationPreview.ActivityMapping::instances).reversed()).toList().indexOf(evidence);
    assertThat(String.join(" ", GridKt._getFormattedRow(view.preview.activities, row)))
        .contains("Ожидание запрошенных доказательств").contains("Сопоставлено");

    @SuppressWarnings("unchecked")
    Select<String> target = (Select<String>) GridKt._getCellComponent(view.preview.activities, row, "target");
    assertThat(target.getListDataView().getItems()).as("only activities of the same kind").containsOnly(
        "Task_AwaitRequestedEvidence");
    assertThat(view.preview.current().ready()).isTrue();
    assertThat(view.preview.summary.getText()).contains("Все можно перенести");
    assertThat(view.preview.timers.isVisible()).as("the evidence timer changes policy").isTrue();
    assertThat(view.migrate.isEnabled()).isTrue();
    view.migrate.click();
    var confirm = _get(ConfirmDialog.class);
    assertThat(confirm.isOpened()).isTrue();
    assertThat(confirm.getElement().getProperty("message")).contains("«Спор»").contains("Сопоставлено вами шагов: 1");
  }
}

package com.disputedesk.sla.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.sla.SlaCalendar;
import com.disputedesk.sla.SlaPolicies;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Operations leads edit SLA policies in the workspace (Karibu). */
class SlaPoliciesViewTest extends IntegrationTest {
  @Autowired ApplicationContext context;
  @Autowired SlaPolicies policies;

  @BeforeEach
  void startVaadin() {
    KaribuSupport.start(context);
    KaribuSupport.signIn("opslead1", "OPS_LEAD");
    UI.getCurrent().navigate("sla-policies");
  }

  @AfterEach
  void stopVaadin() {
    KaribuSupport.stop();
    policies.update("evidence-response", "P3D", SlaCalendar.CALENDAR_DAYS, "test");
  }

  @Test
  void listsEveryPolicyAndSavesAChange() {
    SlaPoliciesView view = _get(SlaPoliciesView.class);
    assertThat(GridKt._size(view.grid)).isEqualTo(12);
    assertThat(GridKt._getFormattedRow(view.grid, 0)).as("durations in words, not ISO codes")
        .anyMatch(cell -> cell.matches("\\d+ (calendar|working) days?|\\d+ hours?"));
    view.edit(policies.get("evidence-response"));
    assertThat(view.duration.amount.getValue()).isEqualTo(3);
    assertThat(view.save.isEnabled()).as("nothing changed, nothing to save").isFalse();
    view.duration.amount.setValue(4);
    save();
    assertThat(policies.get("evidence-response").duration()).isEqualTo("P4D");
    assertThat(policies.get("evidence-response").updatedBy()).isEqualTo("opslead1");
  }

  @Test
  void thePreviewShowsWhatReTimingWillDoAndSavingAppliesIt() {
    time.freeze();
    var d = cases.escalated();
    cases.claimed(d, "mediator1");
    requests.request(d.id(), "mediator1", true, false, "Send a photo of the label.");
    SlaPoliciesView view = _get(SlaPoliciesView.class);
    int historyBefore = policies.history(500).size();
    view.edit(policies.get("evidence-response"));
    assertThat(view.preview.getText()).as("the unchanged policy moves nothing").startsWith("Unchanged")
        .contains("would move on re-timing: 0;");
    view.duration.amount.setValue(5);
    assertThat(view.preview.getText()).contains("would move: ").as("cases named by order number, not by UUID")
        .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
    _find(Button.class).stream().filter(b -> b.getText().startsWith("Save and re-time")).findFirst().orElseThrow()
        .click();
    SlaPoliciesView view2 = _get(SlaPoliciesView.class);
    assertThat(view2.progress.isVisible()).isTrue();
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
        requests.of(d.id()).get(0).dueAt().equals(time.now().plus(java.time.Duration.ofDays(5))));
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
        policies.history(1).get(0).timersMoved() > 0);
    assertThat(policies.history(500)).as("one change, one history row with its re-timing").hasSize(historyBefore + 1);
  }


  @Autowired com.disputedesk.mediation.EvidenceRequests requests;

  @Test
  void aWrongDurationIsShownOnTheFieldAndSavesNothing() {
    SlaPoliciesView view = _get(SlaPoliciesView.class);
    view.edit(policies.get("evidence-response"));
    view.duration.amount.setValue(0);
    assertThat(view.duration.amount.isInvalid()).isTrue();
    assertThat(view.duration.amount.getErrorMessage()).contains("whole number of days");
    assertThat(view.save.isEnabled()).as("Save waits for a valid duration").isFalse();
    assertThat(view.duration.unit.getValue()).as("a day policy offers no hours").isEqualTo("CALENDAR_DAYS");
    assertThat(policies.get("evidence-response").duration()).isEqualTo("P3D");
  }

  private static void save() {
    _find(Button.class).stream().filter(b -> "Save".equals(b.getText())).findFirst().orElseThrow().click();
  }
}

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
import com.vaadin.flow.component.textfield.TextField;
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
    view.edit(policies.get("evidence-response"));
    _get(TextField.class).setValue("P4D");
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
    view.edit(policies.get("evidence-response"));
    _get(TextField.class).setValue("P5D");
    assertThat(view.preview.getText()).contains("would move");
    _find(Button.class).stream().filter(b -> b.getText().startsWith("Save and re-time")).findFirst().orElseThrow()
        .click();
    SlaPoliciesView view2 = _get(SlaPoliciesView.class);
    assertThat(view2.progress.isVisible()).isTrue();
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
        requests.of(d.id()).get(0).dueAt().equals(time.now().plus(java.time.Duration.ofDays(5))));
  }

  @Autowired com.disputedesk.mediation.EvidenceRequests requests;

  @Test
  void aWrongDurationIsShownOnTheFieldAndSavesNothing() {
    _get(SlaPoliciesView.class).edit(policies.get("evidence-response"));
    TextField duration = _get(TextField.class);
    duration.setValue("soon");
    save();
    assertThat(duration.isInvalid()).isTrue();
    assertThat(duration.getErrorMessage()).contains("P15D");
    assertThat(policies.get("evidence-response").duration()).isEqualTo("P3D");
  }

  private static void save() {
    _find(Button.class).stream().filter(b -> "Save".equals(b.getText())).findFirst().orElseThrow().click();
  }
}

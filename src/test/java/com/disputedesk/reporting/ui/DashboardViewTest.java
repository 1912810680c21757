package com.disputedesk.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.dispute.Disputes;
import com.disputedesk.reporting.Dashboard;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Leads' figures over real cases: a breach and a decision show up in the charts, tables and CSV. */
class DashboardViewTest extends IntegrationTest {
  @Autowired ApplicationContext context;
  @Autowired Dashboard dashboard;
  @Autowired Disputes disputes;

  @AfterEach
  void stopVaadin() {
    KaribuSupport.stop();
  }

  @Test
  void breachesDecisionsAndQueuesAreCounted() {
    time.freezeAt(LocalDateTime.of(2027, 4, 5, 10, 0).atZone(ZoneId.of("Europe/Moscow")).toInstant());
    var late = cases.escalated();
    var decided = cases.escalated();
    cases.claimed(decided, "mediator2");
    cases.decidePartial(decided, "mediator2", "100.00");
    time.travelTo(disputes.get(late.id()).mediationDueAt().plusSeconds(60));

    assertThat(dashboard.breaches(14)).anySatisfy(b -> assertThat(b.policy()).isEqualTo("mediation-resolution"));
    assertThat(dashboard.mediators()).anySatisfy(m -> {
      assertThat(m.mediator()).isEqualTo("mediator2");
      assertThat(m.overturnRate()).satisfiesAnyOf(r -> assertThat(r).isNull(), r -> assertThat(r).isBetween(0.0, 1.0));
    });
    assertThat(dashboard.stageTimes()).extracting(Dashboard.StageTime::stage).contains("NEGOTIATION", "MEDIATION");

    KaribuSupport.start(context);
    KaribuSupport.signIn("opslead1", "OPS_LEAD");
    UI.getCurrent().navigate("dashboard");
    DashboardView view = _get(DashboardView.class);
    var mediators = java.util.stream.IntStream.range(0, GridKt._size(view.queues))
        .mapToObj(i -> GridKt._get(view.queues, i)).filter(q -> q.queue().equals("mediators")).findFirst()
        .orElseThrow();
    assertThat(mediators.breached()).isGreaterThanOrEqualTo(1);
    assertThat(view.chart.getInnerHtml()).contains("<svg").contains("SLA breaches per day");
    assertThat(DashboardView.breachesCsv(dashboard.breaches(14))).startsWith("day,policy,breaches\n")
        .contains("mediation-resolution");
    assertThat(DashboardView.mediatorsCsv(dashboard.mediators())).contains("mediator2,");
  }

  @Test
  void overturnRateIsTheShareOfAMediatorsReviewedDecisionsThatWereOverturned() {
    String mediator = com.disputedesk.support.Cases.unique("mediator");
    var overturned = cases.appealed(mediator);
    var upheld = cases.appealed(mediator);
    cases.appealed(mediator); // still pending: not counted
    reviewAs(overturned.id(), com.disputedesk.appeal.AppealOutcome.OVERTURNED);
    reviewAs(upheld.id(), com.disputedesk.appeal.AppealOutcome.UPHELD);
    assertThat(dashboard.mediators()).filteredOn(m -> m.mediator().equals(mediator)).singleElement()
        .satisfies(m -> assertThat(m.overturnRate()).isEqualTo(0.5));
  }

  @Autowired com.disputedesk.appeal.AppealDesk appealDesk;
  @Autowired com.disputedesk.appeal.AppealDecisions appealDecisions;
  @Autowired com.disputedesk.worklist.Worklist worklist;

  private void reviewAs(java.util.UUID disputeId, com.disputedesk.appeal.AppealOutcome outcome) {
    var task = worklist.openTasksOf(disputeId).stream().filter(t -> t.taskKey().equals("Task_ReviewAppeal"))
        .findFirst().orElseThrow();
    appealDesk.claim(task.taskId(), "commissioner1");
    appealDecisions.decide(disputeId, "commissioner1", outcome,
        outcome == com.disputedesk.appeal.AppealOutcome.OVERTURNED ? new java.math.BigDecimal("10.00") : null,
        "Reviewed for the dashboard.");
  }
}

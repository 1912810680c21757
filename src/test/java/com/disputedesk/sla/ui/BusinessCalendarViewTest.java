package com.disputedesk.sla.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.dispute.Disputes;
import com.disputedesk.sla.CalendarChanges;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.KaribuSupport;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A company closure moves running working-day deadlines when the lead asks for it (Karibu). */
class BusinessCalendarViewTest extends IntegrationTest {
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  @Autowired ApplicationContext context;
  @Autowired CalendarChanges changes;
  @Autowired Disputes disputes;

  @BeforeEach
  void startVaadin() {
    KaribuSupport.start(context);
    KaribuSupport.signIn("opslead1", "OPS_LEAD");
  }

  @AfterEach
  void restore() {
    KaribuSupport.stop();
    changes.change("RU", "Europe/Moscow", List.of(), "test", false);
  }

  @Test
  void aClosureReTimesRunningWorkingDayDeadlines() {
    time.freezeAt(LocalDateTime.of(2027, 3, 15, 10, 0).atZone(MOSCOW).toInstant()); // a Monday
    var d = cases.escalated();
    assertThat(disputes.get(d.id()).mediationDueAt().atZone(MOSCOW).toLocalDateTime())
        .isEqualTo(LocalDateTime.of(2027, 3, 22, 10, 0));

    UI.getCurrent().navigate("business-calendar");
    BusinessCalendarView view = _get(BusinessCalendarView.class);
    view.day.setValue(LocalDate.of(2027, 3, 17));
    view.description.setValue("Company offsite");
    com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.button.Button.class).stream()
        .filter(b -> "Add closure".equals(b.getText())).findFirst().orElseThrow().click();
    view.retime.setValue(true);
    view.save.click();

    assertThat(disputes.get(d.id()).mediationDueAt().atZone(MOSCOW).toLocalDateTime())
        .isEqualTo(LocalDateTime.of(2027, 3, 23, 10, 0));
  }

  @Test
  void anUnsavedClosureIsNeverLostSilentlyAndTheMonthHasWeekdays() {
    UI.getCurrent().navigate("business-calendar");
    BusinessCalendarView view = _get(BusinessCalendarView.class);
    assertThat(view.month.getElement().getTextRecursively()).contains("Mon").contains("Sun");
    var add = com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.button.Button.class)
        .stream().filter(b -> "Add closure".equals(b.getText())).findFirst().orElseThrow();
    add.click();
    assertThat(view.day.isInvalid()).as("an empty closure says what is missing").isTrue();
    view.day.setValue(LocalDate.of(2027, 5, 4));
    view.description.setValue("Company offsite");
    add.click();

    UI.getCurrent().navigate("sla-policies");
    assertThat(KaribuSupport.currentView()).as("leaving waits for an answer").isEqualTo(BusinessCalendarView.class);
    var dialog = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
    com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(dialog);
    assertThat(KaribuSupport.currentView().getSimpleName()).isEqualTo("SlaPoliciesView");
  }
}

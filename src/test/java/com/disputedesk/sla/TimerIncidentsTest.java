package com.disputedesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.support.IntegrationTest;
import java.time.Duration;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A timer whose work fails becomes an incident the lead sees, and a retry gives it another go. */
class TimerIncidentsTest extends IntegrationTest {
  @Autowired TimerIncidents incidents;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  @Test
  void aFailingTimerShowsUpAndCanBeRetried() {
    repository.createDeployment().addModelInstance("FailingTimer.bpmn", Bpmn.createExecutableProcess("FailingTimer")
        .camundaHistoryTimeToLive(1).startEvent().intermediateCatchEvent("Timer_Failing").timerWithDuration("PT1M")
        .serviceTask("Task_Fails").camundaExpression("${noSuchBean.run()}").endEvent().done()).deploy();
    time.freeze();
    String pi = runtime.startProcessInstanceByKey("FailingTimer").getId();
    String jobId = management.createJobQuery().processInstanceId(pi).singleResult().getId();
    management.setJobRetries(jobId, 1);
    time.freezeAt(time.now().plus(Duration.ofMinutes(2)));
    assertThatThrownBy(() -> management.executeJob(jobId)).isNotNull();

    var incident = incidents.open().stream().filter(i -> i.processInstanceId().equals(pi)).findFirst().orElseThrow();
    assertThat(incident.activityId()).isEqualTo("Timer_Failing");
    incidents.retry(incident.jobId());
    assertThat(management.createJobQuery().jobId(jobId).singleResult().getRetries()).isEqualTo(1);
    runtime.deleteProcessInstance(pi, "test done");
  }
}

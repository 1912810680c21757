package com.disputedesk.sla;

import com.disputedesk.timeline.CaseTimeline;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * {@code ${slaBreach}}, the service task after every SLA timer that only reports: the breached policy is the one
 * timing the timer the task follows (read from the deployed model), recorded on the case's timeline and published
 * as {@link SlaBreached} for the owning module. The other names are those the released 1.0 models call.
 */
@Component("slaBreach")
class SlaBreachDelegate implements JavaDelegate {
  static final String[] RELEASED_NAMES = {"mediationBreach", "appealReviewBreach", "accountReviewBreach"};
  private final TimerPolicies timers;
  private final CaseTimeline timeline;
  private final ApplicationEventPublisher events;

  SlaBreachDelegate(TimerPolicies timers, CaseTimeline timeline, ApplicationEventPublisher events) {
    this.timers = timers;
    this.timeline = timeline;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UUID caseId = UUID.fromString(execution.getProcessBusinessKey());
    String policy = breachedPolicy(execution);
    timeline.record(caseId, "SLA_BREACHED", "system", "SYSTEM", "The " + policy + " deadline passed: the case rises "
        + "in its queue and quality reviewers are told", Map.of("policy", policy));
    String processKey = execution.getProcessDefinitionId().split(":")[0];
    events.publishEvent(new SlaBreached(policy, caseId, processKey));
  }

  private String breachedPolicy(DelegateExecution execution) {
    FlowNode task = (FlowNode) execution.getBpmnModelElementInstance();
    for (SequenceFlow incoming : task.getIncoming()) {
      String policy = timers.policyOf(execution.getProcessDefinitionId(), incoming.getSource().getId());
      if (policy != null) {
        return policy;
      }
    }
    throw new IllegalStateException(task.getId() + " reports a breach but follows no SLA timer");
  }
}

package com.disputedesk.sla;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.springframework.stereotype.Component;

/**
 * Which BPMN timer is timed by which SLA policy, read from the deployed models themselves: a timer whose date is
 * {@code ${slaPolicies.dueDate('negotiation', execution)}} belongs to {@code negotiation}. Each process definition
 * is read once (a deployed definition never changes), so every version of a model answers for its own timers.
 */
@Component
class TimerPolicies {
  private static final Pattern POLICY = Pattern.compile("slaPolicies\\.due(?:Date|From)\\(\\s*'([a-z0-9-]+)'");
  private final RepositoryService repository;
  private final Map<String, Map<String, String>> byDefinition = new ConcurrentHashMap<>();

  TimerPolicies(RepositoryService repository) {
    this.repository = repository;
  }

  /** Timer activity id → policy key in one deployed process definition. */
  Map<String, String> of(String processDefinitionId) {
    return byDefinition.computeIfAbsent(processDefinitionId, this::read);
  }

  /** The policy timing {@code activityId} in that definition, or null when it is no SLA timer. */
  String policyOf(String processDefinitionId, String activityId) {
    return of(processDefinitionId).get(activityId);
  }

  /** The timers a policy times in the newest version of every model, as "Process / Timer" for the policies screen. */
  List<String> activitiesOf(String policyKey) {
    return latest().stream()
        .flatMap(d -> of(d.getId()).entrySet().stream().filter(e -> e.getValue().equals(policyKey))
            .map(Map.Entry::getKey))
        .distinct().sorted().toList();
  }

  private List<ProcessDefinition> latest() {
    return repository.createProcessDefinitionQuery().latestVersion().list();
  }

  private Map<String, String> read(String processDefinitionId) {
    Map<String, String> policies = new LinkedHashMap<>();
    var model = repository.getBpmnModelInstance(processDefinitionId);
    for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
      String expression = timer.getTimeDate() != null ? timer.getTimeDate().getTextContent()
          : timer.getTimeDuration() != null ? timer.getTimeDuration().getTextContent() : null;
      var parent = timer.getParentElement();
      if (expression == null || !(parent instanceof BoundaryEvent || parent instanceof IntermediateCatchEvent)) {
        continue;
      }
      Matcher m = POLICY.matcher(expression);
      if (m.find()) {
        policies.put(((org.camunda.bpm.model.bpmn.instance.BaseElement) parent).getId(), m.group(1));
      }
    }
    return Map.copyOf(policies);
  }
}

package com.disputedesk.migration;

import com.disputedesk.common.RuleViolation;
import com.disputedesk.migration.MigrationPreview.ActivityMapping;
import com.disputedesk.migration.MigrationPreview.Mapping;
import com.disputedesk.migration.MigrationPreview.Model;
import com.disputedesk.migration.MigrationPreview.TimerChange;
import com.disputedesk.sla.Retiming;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.stereotype.Component;

/** Resolves the two model versions of a request and builds and checks its Camunda migration plan. */
@Component
class MigrationPlans {
  record Versions(ProcessDefinition from, ProcessDefinition to) {}

  private static final int TIMER_SAMPLE = 10;
  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final Retiming retiming;

  MigrationPlans(RepositoryService repository, RuntimeService runtime, ManagementService management,
      Retiming retiming) {
    this.repository = repository;
    this.runtime = runtime;
    this.management = management;
    this.retiming = retiming;
  }

  Versions resolve(MigrationRequest r) {
    if (r.processKey() == null || r.processKey().isBlank()) {
      throw new com.disputedesk.common.InvalidInput("processKey", "name the process whose cases move");
    }
    if (r.fromVersion() == null && (r.fromVersionTag() == null || r.fromVersionTag().isBlank())) {
      throw new com.disputedesk.common.InvalidInput("fromVersion", "give fromVersion or fromVersionTag");
    }
    var from = r.fromVersion() != null ? version(r.processKey(), r.fromVersion())
        : repository.createProcessDefinitionQuery().processDefinitionKey(r.processKey()).versionTag(r.fromVersionTag())
            .orderByProcessDefinitionVersion().desc().listPage(0, 1).stream().findFirst()
            .orElseThrow(() -> unknown(r.processKey() + " tagged " + r.fromVersionTag()));
    var to = r.toVersion() != null ? version(r.processKey(), r.toVersion())
        : repository.createProcessDefinitionQuery().processDefinitionKey(r.processKey()).latestVersion().singleResult();
    if (from.getId().equals(to.getId())) {
      throw RuleViolation.unprocessable("same-version", "The cases already run version " + from.getVersion() + ".");
    }
    return new Versions(from, to);
  }

  /** The plan: equal ids map one to one, plus the request's mappings; throws when Camunda refuses it. */
  MigrationPlan plan(Versions v, Map<String, String> mappings) {
    var builder = runtime.createMigrationPlan(v.from().getId(), v.to().getId()).mapEqualActivities();
    mappings.forEach(builder::mapActivities);
    return builder.build();
  }

  MigrationPreview preview(MigrationRequest r) {
    Versions v = resolve(r);
    var targetIds = flowNodes(v.to().getId());
    var sourceNames = flowNodes(v.from().getId());
    Map<String, String> problems = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    try {
      plan(v, r.mappings());
    } catch (MigrationPlanValidationException e) {
      for (var report : e.getValidationReport().getInstructionReports()) {
        var instruction = report.getMigrationInstruction();
        String why = String.join("; ", report.getFailures());
        problems.merge(instruction.getSourceActivityId(), why, (a, b) -> a + "; " + b);
        failures.add(instruction.getSourceActivityId() + " → " + instruction.getTargetActivityId() + ": " + why);
      }
      e.getValidationReport().getVariableReports().forEach((name, report) ->
          failures.add("variable " + name + ": " + String.join("; ", report.getFailures())));
    } catch (org.camunda.bpm.engine.ProcessEngineException e) {
      failures.add(e.getMessage()); // a mapping the engine cannot even build (an unknown or unsuitable activity)
    }
    List<ActivityMapping> activities = new ArrayList<>();
    List<String> blocking = new ArrayList<>();
    for (var stats : management.createActivityStatisticsQuery(v.from().getId()).list()) {
      String id = stats.getId();
      String target = r.mappings().getOrDefault(id, targetIds.containsKey(id) ? id : null);
      Mapping mapping = problems.containsKey(id) ? Mapping.FAILS : target == null ? Mapping.NEEDS_MAPPING
          : r.mappings().containsKey(id) ? Mapping.EXPLICIT : Mapping.ONE_TO_ONE;
      if (mapping == Mapping.FAILS || mapping == Mapping.NEEDS_MAPPING) {
        blocking.add(id);
      }
      activities.add(new ActivityMapping(id, sourceNames.getOrDefault(id, id), stats.getInstances(), mapping, target,
          mapping == Mapping.NEEDS_MAPPING ? "The target model has no " + id + "; map it to one of its activities."
              : problems.get(id)));
    }
    long instances = runtime.createProcessInstanceQuery().processDefinitionId(v.from().getId()).count();
    long blocked = blocking.isEmpty() ? 0 : runtime.createProcessInstanceQuery().processDefinitionId(v.from().getId())
        .activityIdIn(blocking.toArray(String[]::new)).count();
    return new MigrationPreview(r.processKey(), model(v.from()), model(v.to()), instances, activities, blocked,
        failures, timerChanges(v, r.mappings()));
  }

  /** Target timer activity → its policy, for every mapped timer whose policy differs from its source's. */
  Map<String, String> timerPolicies(Versions v, Map<String, String> mappings) {
    Map<String, String> changed = new LinkedHashMap<>();
    var source = retiming.timerPoliciesOf(v.from().getId());
    var target = retiming.timerPoliciesOf(v.to().getId());
    source.forEach((activity, policy) -> {
      String mapped = mappings.getOrDefault(activity, activity);
      String now = target.get(mapped);
      if (now != null && !Objects.equals(now, policy)) {
        changed.put(mapped, now);
      }
    });
    return changed;
  }

  java.util.Optional<java.time.Instant> deadlineStart(String jobId) {
    return retiming.deadlineStart(jobId);
  }

  private List<TimerChange> timerChanges(Versions v, Map<String, String> mappings) {
    List<TimerChange> changes = new ArrayList<>();
    var source = retiming.timerPoliciesOf(v.from().getId());
    timerPolicies(v, mappings).forEach((targetActivity, policy) -> {
      String activity = mappings.entrySet().stream().filter(e -> e.getValue().equals(targetActivity))
          .map(Map.Entry::getKey).findFirst().orElse(targetActivity);
      var jobs = management.createJobQuery().processDefinitionId(v.from().getId()).activityId(activity).timers()
          .list();
      var sample = jobs.stream().limit(TIMER_SAMPLE)
          .flatMap(j -> retiming.underPolicy(j.getId(), policy).stream()).toList();
      changes.add(new TimerChange(activity, targetActivity, source.get(activity), policy, jobs.size(), sample));
    });
    return changes;
  }

  Map<String, String> flowNodes(String definitionId) {
    Map<String, String> nodes = new LinkedHashMap<>();
    activities(definitionId).forEach((id, a) -> nodes.put(id, a.name()));
    return nodes;
  }

  /** A model's flow nodes: id → name (the id when unnamed) and BPMN element type. */
  Map<String, ProcessMigrations.Activity> activities(String definitionId) {
    Map<String, ProcessMigrations.Activity> nodes = new LinkedHashMap<>();
    for (FlowNode node : repository.getBpmnModelInstance(definitionId).getModelElementsByType(FlowNode.class)) {
      nodes.put(node.getId(), new ProcessMigrations.Activity(node.getName() == null ? node.getId() : node.getName(),
          node.getElementType().getTypeName()));
    }
    return nodes;
  }

  private ProcessDefinition version(String key, int version) {
    var found = repository.createProcessDefinitionQuery().processDefinitionKey(key).processDefinitionVersion(version)
        .singleResult();
    if (found == null) {
      throw unknown(key + " version " + version);
    }
    return found;
  }

  private static RuleViolation unknown(String what) {
    return RuleViolation.unprocessable("unknown-model-version", "No deployed " + what + ".");
  }

  static Model model(ProcessDefinition d) {
    return new Model(d.getId(), d.getVersion(), d.getVersionTag());
  }
}

package com.disputedesk.common;

import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts cases on the model version the code was written for: each process's {@code camunda:versionTag}. A model
 * deployed later under another tag (a new release, a hot fix from Cockpit) never receives new cases by accident;
 * running cases move to it only by an instance migration.
 */
@Component
public class ProcessModels {
  private final RepositoryService repository;
  private final RuntimeService runtime;

  ProcessModels(RepositoryService repository, RuntimeService runtime) {
    this.repository = repository;
    this.runtime = runtime;
  }

  /** The newest deployed definition of {@code key} tagged {@code versionTag}. */
  public String definitionId(String key, String versionTag) {
    var found = repository.createProcessDefinitionQuery().processDefinitionKey(key).versionTag(versionTag)
        .orderByProcessDefinitionVersion().desc().listPage(0, 1);
    if (found.isEmpty()) {
      throw new IllegalStateException("No deployed " + key + " with versionTag " + versionTag
          + "; the bpmn/ folder and the code disagree");
    }
    return found.get(0).getId();
  }

  public void start(String key, String versionTag, String businessKey, Map<String, Object> variables) {
    runtime.createProcessInstanceById(definitionId(key, versionTag)).businessKey(businessKey)
        .setVariables(variables).execute();
  }

  /** Starts {@code key}'s tagged version through its message start event. */
  public void startByMessage(String message, String key, String versionTag, String businessKey,
      Map<String, Object> variables) {
    runtime.createMessageCorrelation(message).processDefinitionId(definitionId(key, versionTag))
        .processInstanceBusinessKey(businessKey).setVariables(variables).correlateStartMessage();
  }
}

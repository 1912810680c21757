package com.disputedesk.migration;

import java.io.IOException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.springframework.core.io.ClassPathResource;

/**
 * Version 2.1 of DisputeCaseProcess as a later release might change it: a step before the decision, the evidence
 * wait renamed (so it needs an explicit mapping) and its deadline timed by {@code mediation-resolution}.
 */
public final class NextDisputeModel {
  private NextDisputeModel() {}

  public static ProcessDefinition deploy(RepositoryService repository) throws IOException {
    BpmnModelInstance model;
    try (var in = new ClassPathResource("bpmn/DisputeCaseProcess.bpmn").getInputStream()) {
      model = Bpmn.readModelFromStream(in);
    }
    Process process = model.getModelElementById("DisputeCaseProcess");
    process.setCamundaVersionTag("2.1-test");
    FlowNode await = model.getModelElementById("Task_AwaitEvidence");
    await.setId("Task_AwaitRequestedEvidence");
    TimerEventDefinition evidenceTimer = model.getModelElementById("TimerDef_Evidence");
    evidenceTimer.getTimeDate().setTextContent("${slaPolicies.dueDate('mediation-resolution', execution)}");

    SubProcess mediation = model.getModelElementById("SubProcess_Mediation");
    FlowNode decide = model.getModelElementById("Task_DecideDispute");
    SequenceFlow toDecision = model.getModelElementById("SequenceFlow_ToDecision");
    ServiceTask prepare = model.newInstance(ServiceTask.class);
    prepare.setId("Task_PrepareDecision");
    prepare.setName("Prepare the decision");
    prepare.setCamundaExpression("${execution.setVariable('preparedOnVersion2', true)}");
    mediation.addChildElement(prepare);
    SequenceFlow prepared = model.newInstance(SequenceFlow.class);
    prepared.setId("SequenceFlow_PreparedToDecision");
    mediation.addChildElement(prepared);
    prepared.setSource(prepare);
    prepared.setTarget(decide);
    toDecision.setTarget(prepare);
    decide.getIncoming().remove(toDecision);
    decide.getIncoming().add(prepared);
    prepare.getIncoming().add(toDecision);
    prepare.getOutgoing().add(prepared);

    var deployment = repository.createDeployment().name("DisputeCaseProcess 2.1 (migration test)")
        .addModelInstance("DisputeCaseProcess.bpmn", model).deploy();
    return repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult();
  }
}

package com.disputedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.appeal.AppealDecisions;
import com.disputedesk.appeal.AppealDesk;
import com.disputedesk.appeal.AppealOutcome;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.worklist.Worklist;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Cases started on a released model (src/test/resources/bpmn-released/) keep running after the models change: every
 * delegate and bean their expressions name still exists, and a dispute on the released 1.0 models runs beside the
 * current ones through mediation, an overturned appeal and its coupons to its end.
 */
class ReleasedModelsTest extends IntegrationTest {
  private static final Pattern BEAN = Pattern.compile("\\$\\{(\\w+)[.}]");
  @Autowired ApplicationContext context;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired AppealDesk appealDesk;
  @Autowired AppealDecisions appealDecisions;
  @Autowired Worklist worklist;

  @Test
  void everyBeanAReleasedOrCurrentModelNamesExists() throws Exception {
    List<String> missing = new ArrayList<>();
    for (Resource model : models("classpath*:bpmn-released/*/*.bpmn", "classpath*:bpmn/*.bpmn")) {
      var matcher = BEAN.matcher(model.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
      while (matcher.find()) {
        String bean = matcher.group(1);
        if (!List.of("execution", "task").contains(bean) && !context.containsBean(bean)) {
          missing.add(model.getFilename() + ": " + bean);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void aDisputeOnTheReleasedModelsRunsToItsEndBesideTheCurrentOnes() throws Exception {
    var deployment = repository.createDeployment().name("released 1.0");
    for (Resource model : models("classpath*:bpmn-released/1.0/*.bpmn")) {
      deployment.addInputStream(model.getFilename(), model.getInputStream());
    }
    var released = deployment.deploy();
    try {
      time.freeze();
      var current = cases.decided("mediator1");
      var d = cases.open();
      String old = repository.createProcessDefinitionQuery().deploymentId(released.getId())
          .processDefinitionKey("DisputeCaseProcess").singleResult().getId();
      String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(d.id().toString())
          .processDefinitionKey("DisputeCaseProcess").singleResult().getId();
      runtime.newMigration(runtime.createMigrationPlan(runtime.createProcessInstanceQuery().processInstanceId(pi)
              .singleResult().getProcessDefinitionId(), old).mapEqualActivities().build())
          .processInstanceIds(pi).execute();

      api.post(d.path() + "/seller-response", d.seller(), java.util.Map.of("action", "REJECT", "message", "Delivered."));
      assertThat(api.post(d.path() + "/escalate", d.buyer(), null).status()).isEqualTo(200);
      cases.claimed(d, "mediator2");
      cases.decidePartial(d, "mediator2", "600.00");
      assertThat(api.post(d.path() + "/appeal", d.buyer(), java.util.Map.of("description",
          "The seller's invoice was edited; the parcel was empty.")).status()).isEqualTo(201);
      var review = worklist.openTasksOf(d.id()).stream().filter(t -> t.taskKey().equals("Task_ReviewAppeal"))
          .findFirst().orElseThrow();
      appealDesk.claim(review.taskId(), "commissioner1");
      appealDecisions.decide(d.id(), "commissioner1", AppealOutcome.OVERTURNED, new BigDecimal("300.00"),
          "The opening report shows an empty parcel.");
      time.travel(Duration.ofDays(10));
      time.travel(Duration.ofDays(61));

      var ended = history.createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult();
      assertThat(ended.getProcessDefinitionId()).isEqualTo(old);
      assertThat(ended.getEndTime()).as("the released dispute model ran to its end").isNotNull();
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(current.id().toString())
          .processDefinitionKey("DisputeCaseProcess").singleResult().getEndTime()).as("and the current one beside it")
          .isNotNull();
    } finally {
      repository.deleteDeployment(released.getId(), true);
    }
  }

  private static List<Resource> models(String... patterns) throws java.io.IOException {
    var resolver = new PathMatchingResourcePatternResolver();
    List<Resource> all = new ArrayList<>();
    for (String pattern : patterns) {
      all.addAll(List.of(resolver.getResources(pattern)));
    }
    assertThat(all).isNotEmpty();
    return all;
  }
}

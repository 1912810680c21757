package com.disputedesk.bench;

import com.disputedesk.common.Money;
import com.disputedesk.common.PartyId;
import com.disputedesk.dispute.DisputeOpening;
import com.disputedesk.dispute.DisputeReason;
import com.disputedesk.dispute.Negotiation;
import com.disputedesk.dispute.OpenDisputeRequest;
import com.disputedesk.dispute.OrderSnapshot;
import com.disputedesk.dispute.Outcome;
import com.disputedesk.dispute.OutcomeType;
import com.disputedesk.dispute.SellerResponseRequest;
import com.disputedesk.mediation.DecisionCommand;
import com.disputedesk.mediation.DecisionOutcome;
import com.disputedesk.mediation.DecisionReason;
import com.disputedesk.mediation.MediationDecisions;
import com.disputedesk.mediation.MediatorDesk;
import com.disputedesk.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Prints figures, asserts nothing about time: {@code ./mvnw -B verify -Pbench}. Dispute lifecycle throughput
 * through our services beside a bare start → user task → complete process on the same engine and database.
 */
class LifecycleBenchmark extends IntegrationTest {
  private static final int CASES = Integer.getInteger("bench.cases", 400);
  /** Enough rounds of each before measuring that the JIT compiler is done: with 20 it still took a third of the CPU. */
  private static final int WARMUP = Integer.getInteger("bench.warmup", 600);
  private static final int THREADS = 2;
  private static final AtomicInteger ORDER = new AtomicInteger();
  private static final StepTimes STEPS = new StepTimes();
  @Autowired DisputeOpening opening;
  @Autowired Negotiation negotiation;
  @Autowired MediatorDesk desk;
  @Autowired MediationDecisions decisions;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired RepositoryService repository;
  @Autowired org.camunda.bpm.engine.ManagementService management;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void lifecycleThroughputAgainstTheBareEngine() throws Exception {
    repository.createDeployment().addModelInstance("BareBenchProcess.bpmn", Bpmn.createExecutableProcess("BareBench")
        .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Bare").camundaCandidateGroups("bench").endEvent()
        .done()).deploy();
    repository.createDeployment().addModelInstance("BareShapeBench.bpmn", sameShape()).deploy();
    for (int round = 0; round < 2; round++) {
      runLifecycle(WARMUP / 2);
      runBare(WARMUP / 2);
      runBareShape(WARMUP / 2);
    }
    var writes = TableWrites.snapshot(jdbc);
    STEPS.clear();
    TopStatements.reset(jdbc);
    CpuSplit cpu = CpuSplit.sample();
    double ours = runLifecycle(CASES);
    System.out.printf("%n[bench] dispute lifecycle: %s%n", CpuSplit.sample().since(cpu, CASES));
    System.out.printf("%n[bench] rows written per dispute lifecycle, by table: %s%n", writes.perCase(jdbc, CASES));
    System.out.printf("[bench] mean time per lifecycle step, 2 threads: %s%n", STEPS);
    TopStatements.print(jdbc, "dispute lifecycle", 15);
    writes = TableWrites.snapshot(jdbc);
    cpu = CpuSplit.sample();
    double bare = runBare(CASES);
    System.out.printf("[bench] bare instance: %s%n", CpuSplit.sample().since(cpu, CASES));
    System.out.printf("[bench] rows written per bare instance, by table: %s%n", writes.perCase(jdbc, CASES));
    writes = TableWrites.snapshot(jdbc);
    double shape = runBareShape(CASES);
    System.out.printf("[bench] rows written per bare same-shape instance, by table: %s%n", writes.perCase(jdbc, CASES));
    System.out.printf("%n[bench] dispute lifecycle (open, reject, escalate, claim, decide, close): %.1f cases/s over %d cases,"
        + " %d threads%n", ours, CASES, THREADS);
    System.out.printf("[bench] bare engine (start, user task, complete): %.1f instances/s%n", bare);
    System.out.printf("[bench] ratio ours/bare: %.0f %%%n", 100 * ours / bare);
    System.out.printf("[bench] bare engine, same shape as the dispute (event gateway with message and timer, user task"
        + " with SLA timer and cancel message, appeal window): %.1f instances/s%n", shape);
    System.out.printf("[bench] ratio ours/bare same shape: %.0f %%%n", 100 * ours / shape);
  }

  private double runLifecycle(int cases) throws Exception {
    return timed(cases, i -> {
      PartyId buyer = PartyId.of("bench-buyer-" + i);
      PartyId seller = PartyId.of("bench-seller");
      var order = new OrderSnapshot("BENCH-" + ORDER.incrementAndGet() + "-" + UUID.randomUUID(), seller.value(),
          "Bench Store", "Bench item", Money.of("1000.00", "RUB"), Money.of("100.00", "RUB"), null, null,
          Instant.now().plus(Duration.ofDays(20)), null, null);
      UUID id = STEPS.time("open", () -> opening.open(buyer, new OpenDisputeRequest(order, DisputeReason.NOT_RECEIVED,
          false, new Outcome(OutcomeType.FULL_REFUND, null), "Never arrived.")).id());
      STEPS.time("seller rejects", () -> negotiation.sellerResponds(seller, id, new SellerResponseRequest(
          SellerResponseRequest.Action.REJECT, null, "It was delivered.")));
      STEPS.time("buyer escalates", () -> negotiation.escalate(buyer, id));
      String mediator = "bench-mediator-" + (i % 10);
      String task = STEPS.time("mediator opens the case", () -> desk.open(id).openTask().orElseThrow().taskId());
      STEPS.time("claim", () -> desk.claim(task, mediator));
      STEPS.time("decide", () -> decisions.decide(id, mediator, new DecisionCommand(DecisionOutcome.PARTIAL_REFUND,
          new BigDecimal("300.00"), DecisionReason.NOT_DELIVERED, "Tracking stopped at the border.")));
      STEPS.time("appeal window closes", () -> closeAppealWindow(id));
    });
  }

  /**
   * The 7-day appeal window passes without an appeal: its timer job runs as the job executor would run it (without the
   * acquisition, as the bare processes' end has none), and the case is closed and its process ends. The job is found
   * with one plain query: the engine's process instance query cost as much CPU as running the job.
   */
  private void closeAppealWindow(UUID disputeId) {
    management.executeJob(jdbc.sql("""
            select j.id_ from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_
              join act_ru_execution e on e.id_ = j.process_instance_id_
            where e.business_key_ = ? and d.act_id_ = 'Timer_AppealWindowClosed'""")
        .param(disputeId.toString()).query(String.class).single());
  }

  private double runBare(int instances) throws Exception {
    return timed(instances, i -> {
      String pi = runtime.startProcessInstanceByKey("BareBench", UUID.randomUUID().toString()).getId();
      String task = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
      tasks.complete(task);
    });
  }

  private double runBareShape(int instances) throws Exception {
    return timed(instances, i -> {
      String key = UUID.randomUUID().toString();
      String pi = runtime.startProcessInstanceByKey("BareShapeBench", key).getId();
      runtime.createMessageCorrelation("BareEscalated").processInstanceBusinessKey(key).correlate();
      String task = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
      tasks.claim(task, "bench-mediator-" + (i % 10));
      tasks.complete(task);
    });
  }

  /**
   * The dispute's engine shape without its business: negotiation as an event gateway (escalation message or 15-day
   * timer), the decision as a candidate-group user task with a non-interrupting SLA timer and a cancel message, then
   * the appeal window as an event gateway (appeal message or 7-day timer).
   */
  private static org.camunda.bpm.model.bpmn.BpmnModelInstance sameShape() {
    return Bpmn.createExecutableProcess("BareShapeBench").camundaHistoryTimeToLive(1)
        .startEvent().eventBasedGateway().id("Gateway_Negotiation")
        .intermediateCatchEvent("Event_Escalated").message("BareEscalated")
        .userTask("Task_BareDecide").camundaCandidateGroups("bench")
        .boundaryEvent("Timer_BareSla").cancelActivity(false).timerWithDuration("P7D").endEvent()
        .moveToActivity("Task_BareDecide")
        .boundaryEvent("Event_BareCancelled").message("BareCancelled").endEvent()
        .moveToActivity("Task_BareDecide")
        .eventBasedGateway().id("Gateway_Appeal")
        .intermediateCatchEvent("Event_Appealed").message("BareAppealed").endEvent()
        .moveToNode("Gateway_Appeal").intermediateCatchEvent("Timer_BareAppealWindow").timerWithDuration("P7D").endEvent()
        .moveToNode("Gateway_Negotiation").intermediateCatchEvent("Timer_BareNegotiation").timerWithDuration("P15D")
        .connectTo("Task_BareDecide")
        .done();
  }

  private double timed(int n, java.util.function.IntConsumer work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      futures.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
          work.accept(i);
        }
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    return n / ((System.nanoTime() - start) / 1e9);
  }
}

package com.disputedesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.AppNode;
import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two DisputeDesk processes on one PostgreSQL with their job executors on: every due timer fires exactly once in
 * effect, both nodes share the work, a claim made on one is seen on the other, and a node killed in the middle of
 * a timer storm loses nothing. Run with {@code ./mvnw -B verify -Preliability}.
 */
class ClusterReliabilityTest extends IntegrationTest {
  private static final int CASES = Integer.getInteger("reliability.cluster.cases", 200);
  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;

  @Test
  void twoNodesFireEachTimerOnceShareClaimsAndSurviveALostNode() throws Exception {
    String url = Nodes.jdbcUrl(dataSource);
    int smtp = MAIL.getSmtp().getPort();
    var startingB = CompletableFuture.supplyAsync(() -> start("node-b", url, smtp));
    try (AppNode a = start("node-a", url, smtp); AppNode b = startingB.join()) {
      List<CaseRun> first = openNegotiations(Cases.unique("cluster"), a, b);
      makeNegotiationTimersDue(first);
      awaitAllEscalated(first);
      assertEachEscalatedOnce(first);
      assertThat(nodesThatFired(first)).as("both nodes fired timers").containsExactlyInAnyOrder("node-a", "node-b");

      UUID claimed = first.get(0).id;
      String task = jdbc.sql("select task_id from worklist_item where case_id = ? and task_key = 'Task_DecideDispute'")
          .param(claimed).query(String.class).single();
      assertThat(a.engine("POST", "/task/" + task + "/claim", Map.of("userId", "mediator1")).status()).isEqualTo(204);
      assertThat(b.engine("GET", "/task/" + task, null).body().path("assignee").asText()).isEqualTo("mediator1");
      assertThat(jdbc.sql("select assignee from worklist_item where task_id = ?").param(task).query(String.class)
          .single()).as("the queue row seen by every node").isEqualTo("mediator1");

      List<CaseRun> second = openNegotiations(Cases.unique("storm"), a, b);
      makeNegotiationTimersDue(second);
      Nodes.awaitUntil("the storm has started", () -> escalated(second) >= CASES / 10);
      a.kill();
      long beforeDeath = escalated(second);
      awaitAllEscalated(second); // node-b takes over node-a's locked jobs once their 15 s lock expires
      assertEachEscalatedOnce(second);
      System.out.printf("%n[reliability] cluster: %d timers fired on two nodes; %d of a second storm of %d fired before"
          + " node-a was killed, node-b fired the rest%n", CASES, beforeDeath, CASES);
    }
  }

  private static AppNode start(String name, String url, int smtp) {
    try {
      return AppNode.start(name, url, smtp);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** CASES disputes in negotiation, opened alternately through each node. */
  private List<CaseRun> openNegotiations(String run, AppNode a, AppNode b) {
    List<CaseRun> cases = new ArrayList<>();
    for (int n = 0; n < CASES; n++) {
      CaseRun c = new CaseRun(run, 3 * n + 2); // path NEGOTIATING: open only
      assertThat(c.advance(n % 2 == 0 ? a : b)).as("opening case " + n).isTrue();
      cases.add(c);
    }
    return cases;
  }

  private void makeNegotiationTimersDue(List<CaseRun> cases) {
    int due = jdbc.sql("""
            update act_ru_job set duedate_ = now() - interval '1 second'
            where id_ in (select j.id_ from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_
              join act_ru_execution e on e.id_ = j.process_instance_id_
              where d.act_id_ = 'Timer_NegotiationExpired' and e.business_key_ = any(?))""")
        .param(businessKeys(cases)).update();
    assertThat(due).isEqualTo(cases.size());
  }

  private void awaitAllEscalated(List<CaseRun> cases) throws InterruptedException {
    Nodes.awaitUntil("all " + cases.size() + " disputes escalated by their timers", () -> escalated(cases) == cases.size());
  }

  private long escalated(List<CaseRun> cases) {
    return jdbc.sql("select count(*) from dispute where status = 'ESCALATED' and escalated_by = 'SYSTEM' and id = any(?)")
        .param(cases.stream().map(c -> c.id).toArray(UUID[]::new)).query(Long.class).single();
  }

  /** Side effects counted: one ESCALATED entry, one decision task and one successful timer job per dispute. */
  private void assertEachEscalatedOnce(List<CaseRun> cases) {
    UUID[] ids = cases.stream().map(c -> c.id).toArray(UUID[]::new);
    assertThat(jdbc.sql("select count(*), count(distinct case_id) from case_event where type = 'ESCALATED'"
        + " and case_id = any(?)").param(ids).query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single())
        .as("ESCALATED timeline entries, and disputes that have one").containsExactly((long) CASES, (long) CASES);
    assertThat(jdbc.sql("select count(*), count(distinct case_id) from worklist_item where task_key = 'Task_DecideDispute'"
        + " and case_id = any(?)").param(ids).query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single())
        .as("decision tasks, and disputes that have one").containsExactly((long) CASES, (long) CASES);
    assertThat(jdbc.sql("""
            select count(*) from act_hi_job_log l join act_hi_procinst p on p.id_ = l.process_instance_id_
            where l.act_id_ = 'Timer_NegotiationExpired' and l.job_state_ = 2 and p.business_key_ = any(?)""")
        .param(businessKeys(cases)).query(Long.class).single()).as("successful negotiation timer runs").isEqualTo(CASES);
  }

  private List<String> nodesThatFired(List<CaseRun> cases) {
    return jdbc.sql("""
            select distinct l.hostname_ from act_hi_job_log l join act_hi_procinst p on p.id_ = l.process_instance_id_
            where l.act_id_ = 'Timer_NegotiationExpired' and l.job_state_ = 2 and p.business_key_ = any(?)""")
        .param(businessKeys(cases)).query(String.class).list();
  }

  private static String[] businessKeys(List<CaseRun> cases) {
    return cases.stream().map(c -> c.id.toString()).toArray(String[]::new);
  }
}

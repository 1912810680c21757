package com.disputedesk.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Synthetic open work items for benchmarks, written straight into the worklist table. */
public final class BenchData {
  private BenchData() {}

  /** Inserts {@code count} open items of {@code group} whose task ids start with {@code prefix}. */
  public static void openItems(JdbcClient jdbc, String prefix, String group, int count) {
    jdbc.sql("""
            insert into worklist_item (task_id, case_id, case_type, task_key, process_instance_id, candidate_group,
              title, stage, reason, amount, currency, order_id, buyer_id, seller_id, sla_policy, sla_started_at,
              sla_due_at, created_at, search_text)
            select :prefix || g, gen_random_uuid(), 'DisputeCaseProcess', 'Task_DecideDispute', 'bench', :grp,
              'Item ' || g, 'ESCALATED', 'NOT_RECEIVED', (g % 5000) + 100, 'RUB', 'ORD-' || :prefix || g,
              'buyer-' || (g % 9000), 'seller-' || (g % 700), 'mediation-resolution', now(),
              now() + (g % 10000) * interval '1 minute', now(), 'ord-' || :prefix || g || ' item ' || g
            from generate_series(1, :n) g""")
        .param("prefix", prefix).param("grp", group).param("n", count).update();
    jdbc.sql("analyze worklist_item").update();
  }

  public static void remove(JdbcClient jdbc, String prefix) {
    jdbc.sql("delete from worklist_item where task_id like ?").param(prefix + "%").update();
  }
}

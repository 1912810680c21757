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

  /** The same open tasks as Camunda keeps them: {@code count} unassigned runtime tasks with a candidate group. */
  public static void engineTasks(JdbcClient jdbc, String prefix, String group, int count) {
    jdbc.sql("""
            insert into act_ru_task (id_, rev_, name_, task_def_key_, priority_, create_time_, last_updated_,
              due_date_, suspension_state_, task_state_)
            select :prefix || g, 1, 'Item ' || g, 'Task_DecideDispute', 50, now(), now(),
              now() + (g % 10000) * interval '1 minute', 1, 'Created'
            from generate_series(1, :n) g""")
        .param("prefix", prefix).param("n", count).update();
    jdbc.sql("""
            insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)
            select :prefix || 'l' || g, 1, :grp, 'candidate', :prefix || g from generate_series(1, :n) g""")
        .param("prefix", prefix).param("grp", group).param("n", count).update();
    jdbc.sql("analyze act_ru_task").update();
    jdbc.sql("analyze act_ru_identitylink").update();
  }

  /** {@code count} closed disputes and their finished process instances: the history a queue must not slow on. */
  public static void closedCases(JdbcClient jdbc, String prefix, int count) {
    jdbc.sql("""
            insert into dispute (id, order_id, buyer_id, seller_id, store_name, item_title, currency, total_paid,
              coupon_paid, protection_ends_at, reason, goods_received, requested_type, description, status,
              waiting_for, opened_at, negotiation_due_at, decision_outcome, decided_at, resolved_at, closed_at)
            select gen_random_uuid(), :prefix || g, 'buyer-' || (g % 90000), 'seller-' || (g % 7000), 'Store',
              'Item ' || g, 'RUB', 1000, 0, now() - interval '300 days', 'NOT_RECEIVED', false, 'FULL_REFUND',
              'Closed long ago.', 'CLOSED', 'NOBODY', now() - interval '400 days', now() - interval '385 days',
              'FULL_REFUND', now() - interval '380 days', now() - interval '380 days', now() - interval '370 days'
            from generate_series(1, :n) g""")
        .param("prefix", prefix).param("n", count).update();
    jdbc.sql("""
            insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_,
              end_time_, state_)
            select :prefix || g, :prefix || g, :prefix || g, 'DisputeCaseProcess', 'bench', now() - interval '400 days',
              now() - interval '370 days', 'COMPLETED'
            from generate_series(1, :n) g""")
        .param("prefix", prefix).param("n", count).update();
    jdbc.sql("analyze dispute").update();
  }

  public static void remove(JdbcClient jdbc, String prefix) {
    jdbc.sql("delete from worklist_item where task_id like ?").param(prefix + "%").update();
    jdbc.sql("delete from act_ru_identitylink where task_id_ like ?").param(prefix + "%").update();
    jdbc.sql("delete from act_ru_task where id_ like ?").param(prefix + "%").update();
    jdbc.sql("delete from dispute where order_id like ?").param(prefix + "%").update();
    jdbc.sql("delete from act_hi_procinst where id_ like ?").param(prefix + "%").update();
  }
}

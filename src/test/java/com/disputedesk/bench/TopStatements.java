package com.disputedesk.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What PostgreSQL spent its time on (pg_stat_statements), to say where a benchmark's time goes. */
final class TopStatements {
  private TopStatements() {}

  static void reset(JdbcClient jdbc) {
    jdbc.sql("create extension if not exists pg_stat_statements").update();
    // planning time counts too: generic plans are planned once, custom ones on every execution
    jdbc.sql("alter system set pg_stat_statements.track_planning = on").update();
    jdbc.sql("select pg_reload_conf()").query().singleRow();
    jdbc.sql("select pg_stat_statements_reset()").query().singleRow();
  }

  /** Prints the {@code limit} statements with the most total execution time since the last reset. */
  static void print(JdbcClient jdbc, String label, int limit) {
    jdbc.sql("""
            select sum(calls), round(sum(total_exec_time)::numeric, 0), round(sum(total_plan_time)::numeric, 0),
              sum(calls) filter (where query ilike 'commit%' or query ilike 'begin%')
            from pg_stat_statements""")
        .query((rs, n) -> String.format("[bench] %s: %d statements (%d begin/commit), executing %d ms, planning %d ms",
            label, rs.getLong(1), rs.getLong(4), rs.getLong(2), rs.getLong(3)))
        .list().forEach(System.out::println);
    System.out.printf("[bench] %s: top statements by total time in PostgreSQL%n", label);
    jdbc.sql("""
            select calls, round(total_exec_time::numeric, 0) as total_ms, round(mean_exec_time::numeric, 3) as mean_ms,
              left(regexp_replace(query, '\\s+', ' ', 'g'), 140) as sql
            from pg_stat_statements order by total_exec_time desc limit ?""")
        .param(limit)
        .query((rs, n) -> String.format("[bench]   %8d calls %7d ms %8.3f ms/call  %s", rs.getLong(1), rs.getLong(2),
            rs.getDouble(3), rs.getString(4)))
        .list().forEach(System.out::println);
  }
}

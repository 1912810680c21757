package com.disputedesk.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What PostgreSQL spent its time on (pg_stat_statements), to say where a benchmark's time goes. */
final class TopStatements {
  private TopStatements() {}

  static void reset(JdbcClient jdbc) {
    jdbc.sql("create extension if not exists pg_stat_statements").update();
    jdbc.sql("select pg_stat_statements_reset()").query().singleRow();
  }

  /** Prints the {@code limit} statements with the most total execution time since the last reset. */
  static void print(JdbcClient jdbc, String label, int limit) {
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

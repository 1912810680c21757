package com.disputedesk.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** PostgreSQL's own count of rows inserted, updated and deleted per table, to see what one unit of work writes. */
record TableWrites(Map<String, Long> rows, long commits) {

  static TableWrites snapshot(JdbcClient jdbc) {
    jdbc.sql("select pg_stat_force_next_flush()").query().singleRow();
    jdbc.sql("select pg_stat_clear_snapshot()").query().singleRow();
    Map<String, Long> rows = new TreeMap<>();
    jdbc.sql("select relname, n_tup_ins + n_tup_upd + n_tup_del as w from pg_stat_user_tables")
        .query((rs, n) -> rows.put(rs.getString(1), rs.getLong(2))).list();
    long commits = jdbc.sql("select xact_commit from pg_stat_database where datname = current_database()")
        .query(Long.class).single();
    return new TableWrites(rows, commits);
  }

  /** The tables written since this snapshot, rows per unit, biggest first; and the commits per unit. */
  String perCase(JdbcClient jdbc, int units) {
    TableWrites now = snapshot(jdbc);
    String tables = now.rows.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue() - rows.getOrDefault(e.getKey(), 0L)))
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(e -> String.format("%s %.1f", e.getKey(), e.getValue() / (double) units))
        .collect(Collectors.joining(", "));
    return String.format("%.1f commits; %s", (now.commits - commits) / (double) units, tables);
  }
}

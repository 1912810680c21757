package com.disputedesk.reliability;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.awaitility.Awaitility;

/** Small helpers shared by the tests that run DisputeDesk as separate processes. */
final class Nodes {
  private Nodes() {}

  /** The test context's embedded PostgreSQL, for the nodes to share. */
  static String jdbcUrl(DataSource dataSource) throws SQLException {
    return dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
  }

  /** Awaits {@code condition} for up to two minutes, polling every half second (Awaitility). */
  static void awaitUntil(String what, Callable<Boolean> condition) {
    Awaitility.await(what).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(condition);
  }
}

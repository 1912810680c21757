package com.disputedesk.reliability;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/** Small helpers shared by the tests that run DisputeDesk as separate processes. */
final class Nodes {
  private Nodes() {}

  /** The test context's embedded PostgreSQL, for the nodes to share. */
  static String jdbcUrl(DataSource dataSource) throws SQLException {
    return dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
  }

  /** Polls {@code condition} every half second for up to two minutes. */
  static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not within two minutes: " + what);
      }
      Thread.sleep(500);
    }
  }
}

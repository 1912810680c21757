package com.disputedesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database is down, retry later" (503), whatever wraps them, and which do not. */
class DatabaseOutageTest {

  @Test
  void anOutageIsRecognisedBehindItsWrappers() {
    assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("no connection"))).isTrue();
    assertThat(DatabaseOutage.causedBy(new InternalAuthenticationServiceException("user lookup failed",
        new RuntimeException(new SQLTransientConnectionException("pool timed out"))))).isTrue();
    assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("gone", "08006")))).isTrue();
    assertThat(DatabaseOutage.causedBy(new SQLException("terminating connection", "57P01"))).isTrue();
    TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
        new SQLException("Connection is closed"));
    rollbackFailed.initApplicationException(new SQLException("terminating connection", "57P01"));
    assertThat(DatabaseOutage.causedBy(rollbackFailed)).isTrue();
  }

  @Test
  void ordinaryFailuresAreNotOutages() {
    assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate",
        new SQLException("duplicate key", "23505")))).isFalse();
    assertThat(DatabaseOutage.causedBy(new IllegalStateException("bug"))).isFalse();
    assertThat(DatabaseOutage.causedBy(new TransactionSystemException("commit failed",
        new SQLException("serialization", "40001")))).isFalse();
  }
}

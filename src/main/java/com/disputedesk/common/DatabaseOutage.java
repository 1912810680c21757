package com.disputedesk.common;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises a database that cannot be reached (restarting, failing over, network cut) behind whatever wraps it:
 * no connection within the pool's timeout, a connection-class SQL state (08xxx), an administrator shutdown (57P),
 * or a failed rollback after one of these. Callers answer 503 "retry later" instead of a 500 or a 401.
 */
public final class DatabaseOutage {
  private DatabaseOutage() {}

  public static boolean causedBy(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException || t instanceof CannotGetJdbcConnectionException
          || t instanceof CannotCreateTransactionException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
        return true;
      }
      if (t instanceof TransactionSystemException tx && tx.getApplicationException() != null
          && causedBy(tx.getApplicationException())) {
        return true;
      }
    }
    return false;
  }
}

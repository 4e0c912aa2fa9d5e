package dev.stoker.storage.jooq;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jooq.Configuration;
import org.jooq.ConnectionProvider;
import org.jooq.TransactionContext;
import org.jooq.TransactionProvider;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DefaultConnectionProvider;

/**
 * Transactions on one pooled connection: auto-commit off, commit or roll back, give the connection
 * back; nested ones are savepoints. jOOQ's default provider also reads the isolation level at each
 * transaction, which the PostgreSQL driver asks the server for: a round trip per transaction that
 * this one saves.
 */
final class PlainTransactions implements TransactionProvider {

  private static final String TRANSACTION = "dev.stoker.transaction";

  /** The connection of a top-level transaction, and the savepoints of those nested in it. */
  private record Open(Connection connection, Deque<Savepoint> savepoints) {}

  private final ConnectionProvider connections;

  PlainTransactions(ConnectionProvider connections) {
    this.connections = connections;
  }

  @Override
  public void begin(TransactionContext ctx) {
    Configuration configuration = ctx.configuration();
    Open outer = (Open) configuration.data(TRANSACTION);
    try {
      if (outer != null) {
        outer.savepoints().push(outer.connection().setSavepoint());
        return;
      }
      Connection connection = connections.acquire();
      connection.setAutoCommit(false);
      configuration.data(TRANSACTION, new Open(connection, new ArrayDeque<>()));
      configuration.set(new DefaultConnectionProvider(connection));
    } catch (SQLException e) {
      throw new DataAccessException("Cannot begin a transaction: " + e.getMessage(), e);
    }
  }

  @Override
  public void commit(TransactionContext ctx) {
    end(ctx, true);
  }

  @Override
  public void rollback(TransactionContext ctx) {
    end(ctx, false);
  }

  private void end(TransactionContext ctx, boolean commit) {
    Open open = (Open) ctx.configuration().data(TRANSACTION);
    Connection connection = open.connection();
    try {
      if (!open.savepoints().isEmpty()) {
        Savepoint savepoint = open.savepoints().pop();
        if (commit) {
          connection.releaseSavepoint(savepoint);
        } else {
          connection.rollback(savepoint);
        }
        return;
      }
      try {
        if (commit) {
          connection.commit();
        } else {
          connection.rollback();
        }
        connection.setAutoCommit(true);
      } finally {
        // Also when the connection broke: the pool closes a broken one, and the database ends its
        // transaction with it; kept, it would be lost to the pool, and its locks held.
        connections.release(connection);
      }
    } catch (SQLException e) {
      throw new DataAccessException(
          "Cannot " + (commit ? "commit" : "roll back") + " a transaction: " + e.getMessage(), e);
    }
  }
}

package dev.stoker.storage.jooq;

import dev.stoker.storage.Notifications;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wakes servers when jobs are ready, through PostgreSQL's LISTEN/NOTIFY: a job's insert notifies in
 * its own statement (delivered when its transaction commits), and each server listens on a
 * connection of its own. Polling stays the fallback: a lost notification costs one poll interval.
 */
public final class ServerNotifications implements Notifications {

  private static final Logger log = LoggerFactory.getLogger(ServerNotifications.class);

  private final DataSource dataSource;
  private Connection listening;

  /** Listens on a connection of the data source, opened at the first wait. */
  public ServerNotifications(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public boolean await(Duration timeout) throws SQLException {
    if (listening == null || listening.isClosed()) {
      listening = listen();
    }
    try {
      PGNotification[] received =
          listening
              .unwrap(PGConnection.class)
              .getNotifications(Math.max(1, (int) timeout.toMillis()));
      return received != null && received.length > 0;
    } catch (SQLException e) {
      close();
      throw e;
    }
  }

  private Connection listen() throws SQLException {
    Connection connection = dataSource.getConnection();
    try (Statement statement = connection.createStatement()) {
      statement.execute("LISTEN " + JobsChannel.NAME);
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    log.debug("Listening for new jobs on channel {}", JobsChannel.NAME);
    return connection;
  }

  @Override
  public void close() {
    if (listening != null) {
      try {
        listening.close();
      } catch (SQLException e) {
        // Closing a broken connection: nothing to keep.
      }
      listening = null;
    }
  }
}

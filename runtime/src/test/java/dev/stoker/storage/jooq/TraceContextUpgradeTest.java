package dev.stoker.storage.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database upgraded to schema version 16 keeps the trace contexts its jobs were stored with,
 * moved from the job's row to the trace table; a job stored without one gets no trace row.
 */
class TraceContextUpgradeTest {

  private static final String CONTEXT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void the_upgrade_moves_each_stored_trace_context_to_its_own_row(TestDatabase database)
      throws SQLException {
    try (TestDatabase.Handle db = database.create()) {
      SchemaMigrator migrator = new SchemaMigrator(db.dataSource(), database.dialect());
      migrator.migrateTo(15); // every version before the trace table
      UUID traced = UUID.randomUUID();
      UUID untraced = UUID.randomUUID();
      try (Connection connection = db.dataSource().getConnection()) {
        storeBeforeVersion16(connection, traced, CONTEXT);
        storeBeforeVersion16(connection, untraced, null);
      }

      migrator.migrate();

      assertThat(traceRows(db)).containsOnly(Map.entry(traced, CONTEXT));
    }
  }

  private static void storeBeforeVersion16(Connection connection, UUID id, String traceContext)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            """
            insert into stoker_job (id, name, queue, priority, state, arguments, max_retries,
                                    run_at, created_at, state_changed_at, trace_context)
            values (?, 'mail.welcome', 'default', 0, 'ENQUEUED', cast('{}' as jsonb), 3, ?, ?, ?, ?)
            """)) {
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      insert.setObject(1, id);
      insert.setObject(2, now);
      insert.setObject(3, now);
      insert.setObject(4, now);
      insert.setString(5, traceContext);
      insert.executeUpdate();
    }
  }

  private static Map<UUID, String> traceRows(TestDatabase.Handle db) throws SQLException {
    Map<UUID, String> rows = new HashMap<>();
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet traces =
            statement.executeQuery("select job_id, trace_context from stoker_job_trace")) {
      while (traces.next()) {
        rows.put(traces.getObject(1, UUID.class), traces.getString(2));
      }
    }
    return rows;
  }
}

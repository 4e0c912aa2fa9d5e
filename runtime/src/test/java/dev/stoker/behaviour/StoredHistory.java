package dev.stoker.behaviour;

import dev.stoker.JobId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** What a job's history costs in storage: its rows in stoker_job_history, not its entries. */
final class StoredHistory {

  private StoredHistory() {}

  /** How many history rows the job has stored. */
  static int rows(DataSource dataSource, JobId id) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count =
            connection.prepareStatement(
                "select count(*) from stoker_job_history where job_id = ?")) {
      count.setObject(1, id.value());
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}

package dev.stoker.jobs;

import dev.stoker.JobContext;
import dev.stoker.annotation.Job;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The job worker processes run: it works for a while, then records its side effect, (job id,
 * attempt, process), in the test's own table. A job asked to stop before the end records nothing.
 */
public class ProcessJobs {

  /** The table the side effects go to, in the jobs' own database. */
  public static final String CREATE_TABLE =
      "create table process_run (job_id uuid not null, attempt integer not null,"
          + " pid bigint not null)";

  private final DataSource dataSource;

  public ProcessJobs(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Job(name = "test.process-work", retries = 3)
  public void work(int millis, JobContext context) throws InterruptedException, SQLException {
    Thread.sleep(millis);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into process_run (job_id, attempt, pid) values (?, ?, ?)")) {
      insert.setObject(1, UUID.fromString(context.id().toString()));
      insert.setInt(2, context.attempt());
      insert.setLong(3, ProcessHandle.current().pid());
      insert.executeUpdate();
    }
  }
}

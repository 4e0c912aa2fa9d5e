package dev.stoker.sample;

import dev.stoker.JobClient;
import dev.stoker.JobId;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/**
 * Signs a user up: stores the user and creates their jobs in one transaction, so the welcome email
 * goes out exactly when the user exists, and never for a signup that rolled back. The CRM sync has
 * a continuation, which notes the sync once it succeeded.
 */
public final class Signup {

  /** What one signup created. */
  public record Result(long userId, List<JobId> jobs) {}

  private final DataSource dataSource;
  private final Users users;
  private final JobClient jobs;
  private final Duration reminderDelay;

  public Signup(DataSource dataSource, Users users, JobClient jobs, Duration reminderDelay) {
    this.dataSource = dataSource;
    this.users = users;
    this.jobs = jobs;
    this.reminderDelay = reminderDelay;
  }

  public Result signUp(String name, String email) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        long userId = users.insert(connection, name, email);
        JobClient inTransaction = jobs.inTransaction(connection);
        JobId welcome = WelcomeEmailJobs.using(inTransaction).enqueue(userId);
        JobId reminder = CartReminderJobs.using(inTransaction).schedule(reminderDelay, userId);
        JobId crm = SyncToCrmJobs.using(inTransaction).enqueue(userId);
        JobId markInCrm = MarkInCrmJobs.using(inTransaction).after(crm).enqueue(userId);
        connection.commit();
        return new Result(userId, List.of(welcome, reminder, crm, markInCrm));
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
  }
}

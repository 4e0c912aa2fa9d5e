package dev.stoker.sample;

import dev.stoker.JobContext;
import dev.stoker.annotation.Job;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies new users to a CRM that is often down: its first two calls for each user fail, and Stoker
 * retries them with backoff until the third succeeds. Once it did, a continuation notes it in the
 * application's own table.
 */
public class CrmSync {

  private static final Logger log = LoggerFactory.getLogger(CrmSync.class);

  private final Users users;
  private final Set<Long> synced = ConcurrentHashMap.newKeySet();

  public CrmSync(Users users) {
    this.users = users;
  }

  @Job(retries = 5, timeout = "PT30S")
  public void syncToCrm(long userId, JobContext context) {
    if (context.attempt() <= 2) {
      throw new IllegalStateException("CRM unavailable (attempt " + context.attempt() + ")");
    }
    synced.add(userId);
    log.info("User {} synced to the CRM on attempt {}", userId, context.attempt());
  }

  /** Runs after {@link #syncToCrm} succeeded for the user: a continuation. */
  @Job
  public void markInCrm(long userId) throws SQLException {
    users.markInCrm(userId);
  }

  public Set<Long> synced() {
    return Set.copyOf(synced);
  }
}

package dev.stoker.storage;

import java.sql.SQLException;
import java.time.Duration;

/** Tells a server that jobs became ready elsewhere, faster than its next poll would. */
public interface Notifications extends AutoCloseable {

  /**
   * A client notifies at most once in this time, and a server looks for jobs again this long after
   * a notification: jobs whose notification was spared are found then.
   */
  Duration QUIET_PERIOD = Duration.ofMillis(10);

  /**
   * Waits up to the timeout for a notification; true if one came. Throws when the database cannot
   * be reached; the next call tries again.
   */
  boolean await(Duration timeout) throws SQLException;

  @Override
  void close();
}

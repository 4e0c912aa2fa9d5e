package dev.stoker.server;

import dev.stoker.storage.Notifications;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Wakes the fetcher when another process notifies that jobs are ready, and once more a quiet period
 * later, for the jobs whose notification the client spared.
 */
final class NewJobListener {

  /** How long one wait lasts: also how long stopping the server may wait for this listener. */
  private static final Duration MAX_WAIT = Duration.ofMillis(500);

  private final Notifications notifications;
  private final Runnable wakeFetcher;

  NewJobListener(Notifications notifications, Runnable wakeFetcher) {
    this.notifications = notifications;
    this.wakeFetcher = wakeFetcher;
  }

  /** Waits for one notification; always ready to wait again. */
  boolean listen() {
    try {
      if (notifications.await(MAX_WAIT)) {
        wakeFetcher.run();
        Thread.sleep(Notifications.QUIET_PERIOD);
        wakeFetcher.run();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot listen for new jobs: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return true;
  }
}

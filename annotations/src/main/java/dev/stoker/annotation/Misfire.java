package dev.stoker.annotation;

/**
 * What a recurring job does with fire times it missed: those that passed more than a minute before
 * a server could fire them, because no server was running or the database was away.
 */
public enum Misfire {
  /**
   * The missed fire times run once, together, as one job for the latest of them: a job that fires
   * every hour and was down for a day runs once when it is back, not 24 times.
   */
  RUN_ONCE,

  /** Missed fire times do not run: the job waits for its next fire time. */
  SKIP
}

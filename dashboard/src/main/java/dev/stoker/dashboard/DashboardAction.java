package dev.stoker.dashboard;

/** What a person can do on the dashboard; each is a POST, permitted by {@link DashboardAccess}. */
public enum DashboardAction {
  /** Put a FAILED or DELETED job back on its queue (one, or the selected ones). */
  REQUEUE_JOB,
  /** Delete a job that has not ended, or a FAILED one (one, or the selected ones). */
  DELETE_JOB,
  /** Create one job of a recurring job now, outside its schedule. */
  TRIGGER_RECURRING_JOB,
  /** Remove a recurring job. */
  REMOVE_RECURRING_JOB,
  /** Pause a queue: no server claims its jobs until it is resumed. */
  PAUSE_QUEUE,
  /** Resume a paused queue. */
  RESUME_QUEUE
}

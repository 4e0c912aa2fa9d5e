package dev.stoker.monitoring;

/**
 * Why a job that has not ended is not running now, or why one that ended will not run again: the
 * answer to "why is my job not running?".
 *
 * @param kind which reason
 * @param message the reason in words, with what to do about it where a person can
 */
public record NotRunningReason(Kind kind, String message) {

  /** The reasons a job may not be running. */
  public enum Kind {
    /** It waits for its start time: delayed, or retrying after a failure. */
    SCHEDULED_FOR_LATER,
    /** Its queue is paused. */
    QUEUE_PAUSED,
    /** No server is running at all. */
    NO_SERVER,
    /** No running server serves its queue. */
    NO_SERVER_FOR_QUEUE,
    /** No running server that serves its queue has a handler for it. */
    NO_HANDLER,
    /** It is a continuation waiting for a parent job. */
    WAITING_FOR_PARENT,
    /** It is a continuation waiting for a batch. */
    WAITING_FOR_BATCH,
    /** It is ready, and as many of its kind run as its concurrency limit allows. */
    CONCURRENCY_LIMIT,
    /** It is ready, and as many of its kind started within the window as its rate limit allows. */
    RATE_LIMIT,
    /** It is ready and waits for a free worker. */
    WAITING_FOR_WORKER,
    /** It failed with no retries left; it runs again only if a person requeues it. */
    RETRIES_EXHAUSTED,
    /** It was deleted; it runs again only if a person requeues it. */
    DELETED
  }
}

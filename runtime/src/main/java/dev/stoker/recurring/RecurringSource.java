package dev.stoker.recurring;

/** Where a recurring job comes from, which decides who may change or remove it. */
public enum RecurringSource {
  /** A {@code @Job}'s own cron: the servers add, update and remove it as the code changes. */
  ANNOTATION,
  /** Registered in code: it stays until removed in code. */
  CLIENT
}

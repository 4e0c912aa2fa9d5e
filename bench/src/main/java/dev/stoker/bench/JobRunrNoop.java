package dev.stoker.bench;

/** JobRunr's no-op job. JobRunr creates an instance even for a static method: keep it public. */
public final class JobRunrNoop {

  /** Does nothing but tell the tally that it ran. */
  public static void run(long ticket) {
    Tally.ran(ticket);
  }
}

package dev.stoker.test;

/** Rethrows what a job or a test's block threw as it was, checked or not. */
final class Throwables {

  private Throwables() {}

  /** Throws the throwable; declared to return one so that callers can write {@code throw}. */
  static RuntimeException rethrow(Throwable t) {
    throw Throwables.<RuntimeException>sneaky(t);
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T sneaky(Throwable t) throws T {
    throw (T) t;
  }
}

package dev.stoker.server;

/** The instance a job method runs on could not be had. */
final class JobActivationException extends RuntimeException {

  JobActivationException(Class<?> type, String job, Exception cause) {
    super(
        "Cannot get an instance of "
            + type.getName()
            + " to run job '"
            + job
            + "': "
            + cause.getMessage(),
        cause);
  }
}

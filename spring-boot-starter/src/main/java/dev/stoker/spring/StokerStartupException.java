package dev.stoker.spring;

/**
 * Stoker cannot start in this application, for a reason the application's configuration can fix.
 * Spring Boot reports it as "APPLICATION FAILED TO START" with the {@link #action()} to take.
 */
public final class StokerStartupException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String action;

  StokerStartupException(String description, String action) {
    super(description);
    this.action = action;
  }

  /** What to change so that Stoker starts. */
  public String action() {
    return action;
  }
}

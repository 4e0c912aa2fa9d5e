package dev.stoker.cron;

/** A cron expression that Stoker cannot read; the message is the reason, as the parser gave it. */
public final class InvalidCronException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String expression;

  InvalidCronException(String expression, String reason, Throwable cause) {
    super(reason, cause);
    this.expression = expression;
  }

  /** The expression that was refused. */
  public String expression() {
    return expression;
  }
}

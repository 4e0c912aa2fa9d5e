package dev.stoker.monitoring;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * An exception as the history keeps it.
 *
 * @param className the exception's class
 * @param message its message, possibly null
 * @param stackTrace its stack trace, causes included
 */
public record ExceptionInfo(String className, String message, String stackTrace) {

  /** Describes the exception, with its full stack trace. */
  public static ExceptionInfo of(Throwable exception) {
    StringWriter trace = new StringWriter();
    exception.printStackTrace(new PrintWriter(trace));
    return new ExceptionInfo(
        exception.getClass().getName(), exception.getMessage(), trace.toString());
  }

  /** "SimpleClassName: message", as a one-line reason. */
  public String summary() {
    String simpleName = className.substring(className.lastIndexOf('.') + 1);
    return message == null ? simpleName : simpleName + ": " + message;
  }
}

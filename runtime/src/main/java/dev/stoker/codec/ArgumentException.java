package dev.stoker.codec;

import tools.jackson.core.JacksonException;

/**
 * An argument that cannot be written (a null where the job takes none) or read back (the stored
 * JSON no longer fits the method). The message names the job and the argument.
 */
public final class ArgumentException extends IllegalArgumentException {

  ArgumentException(String message) {
    super(message);
  }

  ArgumentException(String message, Throwable cause) {
    super(message, cause);
  }

  static ArgumentException nullValue(ArgumentPath at) {
    if (at.path().endsWith("]")) {
      return new ArgumentException(
          at + " is null: lists and sets of job arguments cannot hold null.");
    }
    return new ArgumentException(
        at
            + " is null, but the parameter is not @Nullable: pass a value, or annotate it @Nullable.");
  }

  static ArgumentException storedNull(ArgumentPath at) {
    return new ArgumentException(
        at + " is null in the stored job, but the parameter is not @Nullable.");
  }

  static ArgumentException missing(ArgumentPath at) {
    return new ArgumentException(
        at
            + " is missing from the stored arguments: was the parameter added after the job was"
            + " created? Annotate it @Nullable, or give it a @Default, to accept jobs stored"
            + " without it.");
  }

  static ArgumentException unreadable(ArgumentPath at, String expected, Throwable cause) {
    // Jackson's location in the field's own text says nothing: the path says where.
    String problem =
        cause instanceof JacksonException json ? json.getOriginalMessage() : cause.getMessage();
    return new ArgumentException(at + " cannot be read as " + expected + ": " + problem, cause);
  }
}

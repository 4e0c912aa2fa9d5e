package dev.stoker.processor;

import javax.lang.model.element.Element;

/**
 * A change from the job contract to the code that would break jobs already stored.
 *
 * @param message what breaks, and how to keep the stored jobs working
 * @param change the change as {@code @BreaksStoredJobs} names it, such as {@code "parameter userId:
 *     long -> UUID"}
 * @param element where it is reported; null for a job whose class is gone too
 * @param attribute the attribute of the element's {@code @Job} it is reported on, or null
 * @param markerHome where a {@code @BreaksStoredJobs} accepts it; null for anywhere in the module
 * @param where {@code markerHome} in words
 */
record ContractBreak(
    String message,
    String change,
    Element element,
    String attribute,
    Element markerHome,
    String where) {

  /** The error: the message, and how to accept the break. */
  String error() {
    return message + " " + Message.ACCEPT_BREAK.format(change, where);
  }
}

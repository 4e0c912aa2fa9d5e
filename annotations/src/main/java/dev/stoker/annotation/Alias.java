package dev.stoker.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Former names of a job parameter (or of a component of a record among a job's arguments): jobs
 * stored before it was renamed hold its value under one of them, and are read from there. Jobs
 * stored from now on hold it under its new name.
 *
 * <pre>{@code
 * @Job
 * public void welcomeEmail(@Alias("customerId") long userId) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Alias {

  /** The former names, most recent first. */
  String[] value();
}

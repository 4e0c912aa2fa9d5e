package dev.stoker.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Accepts, on purpose, a change that the job contract reports as breaking jobs already stored: a
 * parameter retyped, a record component or an enum constant removed, a job renamed or removed. Jobs
 * stored in the old form then fail when they run (or wait, for a job that is gone), so accept a
 * break once none is left, or when losing them is fine.
 *
 * <p>Each value is the change exactly as the compile error names it, such as {@code "parameter
 * userId: long -> UUID"}: the marker accepts that change only, and a later, different break is an
 * error again. Put it where the error points: on the {@code @Job} method, on the record or enum,
 * or, for a job that is gone, on any class of the module.
 *
 * <pre>{@code
 * @Job
 * @BreaksStoredJobs("parameter userId: long -> UUID")
 * public void welcomeEmail(UUID userId) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface BreaksStoredJobs {

  /** The changes accepted, as the compile errors name them. */
  String[] value();
}

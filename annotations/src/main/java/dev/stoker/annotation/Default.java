package dev.stoker.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value a job parameter (or a component of a record among a job's arguments) takes in jobs
 * stored without it: those created before it was added. New jobs still pass their own value.
 *
 * <p>Written as the value's text: a number ({@code "3"}, {@code "0.5"}), {@code "true"}, an enum
 * constant's name, the string itself for a {@code String}, the ISO-8601 form for {@code java.time}
 * values ({@code "PT15M"}, {@code "2026-01-01"}), or {@code "[]"} for an empty list or set. The
 * processor reads it at compile time, so a value the type cannot read is a compile error.
 *
 * <pre>{@code
 * @Job
 * public void welcomeEmail(long userId, @Default("en") String language) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Default {

  /** The value's text. */
  String value();
}

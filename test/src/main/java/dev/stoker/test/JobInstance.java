package dev.stoker.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an instance that the test's jobs run on. On a field of the test class, the field's value
 * when a job runs is used for every job method of its class (set it where it is declared or in a
 * {@code @BeforeEach}); on a parameter of a test or lifecycle method, the kit passes the instance
 * it uses, made with the type's no-argument constructor if the test has none yet.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface JobInstance {}

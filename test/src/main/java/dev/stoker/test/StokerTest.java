package dev.stoker.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives each test of the class its own Stoker: a fresh in-memory H2 database (or a fresh database
 * on the PostgreSQL named by the system property {@code stoker.test.postgres}), no server threads,
 * a clock that moves only when the test moves it, and the generated static calls ({@code
 * WelcomeEmailJobs.enqueue(userId)}) bound to it on the test's thread. Declare a {@link TestStoker}
 * parameter to reach it.
 *
 * <pre>{@code
 * @StokerTest
 * class SignupTest {
 *   @JobInstance final WelcomeEmailService emails = new WelcomeEmailService(new FakeMailer());
 *
 *   @Test
 *   void signup_enqueues_the_welcome_email(TestStoker stoker) {
 *     signup.signUp("ayse@example.com");
 *     assertEnqueued(WelcomeEmailJobs.with(42L));
 *     stoker.drain().rethrow();
 *   }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(StokerExtension.class)
public @interface StokerTest {

  /** Whether jobs wait until the test runs them (the default), or run as they are enqueued. */
  RunMode mode() default RunMode.MANUAL;
}

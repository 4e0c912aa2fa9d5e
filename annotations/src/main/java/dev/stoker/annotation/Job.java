package dev.stoker.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method as a background job. At compile time Stoker's processor generates, for a method
 * {@code welcomeEmail(long userId)}, a class {@code WelcomeEmailJobs} with a typed {@code
 * enqueue(userId)}, {@code schedule(delay, userId)} and {@code scheduleAt(instant, userId)}, and a
 * handler that the runtime discovers on its own.
 *
 * <p>Parameters must be plain values or ids (primitives and their boxes, {@code String}, {@code
 * UUID}, enums, {@code java.time} values, {@code BigDecimal}, {@code BigInteger}, lists and sets of
 * those, and records made of them). Anything else, an entity above all, is a compile error: pass
 * its id and load it inside the job, so that the job sees the data as it is when it runs. A
 * parameter of type {@code dev.stoker.JobContext} is not serialized; the running job receives its
 * context there.
 *
 * <p>Reference parameters may not be null unless annotated {@code @Nullable} (any annotation of
 * that simple name).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Job {

  /**
   * The job's stable name, stored with every job and used to find its handler. It must survive
   * renaming the method or moving its class, so set it once a job has been deployed. When empty,
   * the method's name is used. Letters, digits, '.', '_' and '-', starting with a letter.
   */
  String name() default "";

  /**
   * Former names of the job, kept so that the jobs stored under them still run: servers claim them,
   * and this method runs them. Set one when you rename a job, and keep it until no stored job has
   * the old name.
   */
  String[] aliases() default {};

  /** The queue the job is put on. Lower-case letters, digits, '_' and '-'. */
  String queue() default "default";

  /** How many times a failing job is retried, with exponential backoff, before it is FAILED. */
  int retries() default 10;

  /**
   * Higher runs first among the ready jobs of one queue. Queues themselves are served in the order
   * a server lists them.
   */
  int priority() default 0;

  /**
   * A cron expression that makes the job recurring, registered under the job's name when a server
   * starts; empty means it is not. Five fields (minute hour day-of-month month day-of-week), six
   * with seconds first, or a macro such as {@code @daily}; Quartz's {@code L}, {@code W} and {@code
   * #} work in the day fields. Only methods without serialized parameters can be recurring this
   * way; others register recurring runs in code, with their arguments.
   */
  String cron() default "";

  /** The time zone the cron expression is read in, such as "Europe/Istanbul"; empty means UTC. */
  String zone() default "";

  /**
   * A cron expression of times the job does not run, although {@link #cron} says so: a fire time in
   * a minute this expression matches is skipped. {@code cron = "0 8 * * MON-FRI", except = "* * * *
   * 5L"} runs on weekday mornings except the last Friday of the month.
   */
  String except() default "";

  /** What the recurring job does with fire times it missed; by default it runs them once. */
  Misfire misfire() default Misfire.RUN_ONCE;

  /**
   * How late a fire time may still run, as an ISO-8601 duration such as "PT2H"; a fire found later
   * than that is skipped. Empty means no limit.
   */
  String maxLag() default "";

  /**
   * The longest one attempt may run, as an ISO-8601 duration such as {@code "PT30M"} (30 minutes)
   * or {@code "PT2H"}; empty means no limit. When it passes, the job is asked to stop (its {@code
   * JobContext} reports cancellation and its thread is interrupted) and the attempt counts as a
   * failure, retried while retries are left.
   *
   * <p>This is the job's own limit, not a sign that its server died: a job that runs long on a live
   * server is never given to another server.
   */
  String timeout() default "";

  /**
   * At most one instance of the job runs at a time, across all servers: the next one waits until
   * the running one ends. A recurring job's fire that finds the previous run still going is
   * skipped, and recorded as skipped, rather than queued behind it. The same as {@code concurrency
   * = 1}, and so not to be combined with {@link #concurrency}; with {@link #concurrencyKey}, one at
   * a time per key.
   */
  boolean exclusive() default false;

  /**
   * At most this many instances of the job run at a time, across all servers (per value of {@link
   * #concurrencyKey} when it is set); the others wait in their queue. 0, the default, means no
   * limit; otherwise at least 1.
   */
  int concurrency() default 0;

  /**
   * The parameter whose value the {@link #concurrency} limit (or {@link #exclusive}) counts by:
   * {@code concurrency = 1, concurrencyKey = "accountId"} runs one job at a time per account. It
   * names a parameter holding a single value (a number, String, UUID, enum or java.time value).
   */
  String concurrencyKey() default "";

  /**
   * A second enqueue of the job, while the first is still waiting or running, returns the first's
   * id instead of creating another (and says so). Jobs are the same when their arguments are, or
   * those named by {@link #uniqueKey}.
   */
  boolean unique() default false;

  /** The parameters that make two jobs the same for {@link #unique}; empty means all. */
  String[] uniqueKey() default {};

  /**
   * How long a unique job stays unique after it was created, whatever happens to it, as an ISO-8601
   * duration such as {@code "PT1H"}; empty means while it is waiting or running. Implies {@link
   * #unique}.
   */
  String uniqueFor() default "";

  /**
   * At most this many jobs start per {@link #ratePeriod}, across all servers (per value of {@link
   * #rateLimitKey} when it is set); the others wait until the window lets them. 0, the default,
   * means no limit; otherwise at least 1.
   */
  int rateLimit() default 0;

  /** The sliding window of {@link #rateLimit}, as an ISO-8601 duration; a minute by default. */
  String ratePeriod() default "PT1M";

  /** The parameter whose value {@link #rateLimit} counts by; empty means the job as a whole. */
  String rateLimitKey() default "";
}

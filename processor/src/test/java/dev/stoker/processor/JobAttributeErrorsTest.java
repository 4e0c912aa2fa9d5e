package dev.stoker.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stoker.processor.Compilations.compile;
import static dev.stoker.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** An invalid attribute of {@code @Job} is an error on that attribute's value. */
class JobAttributeErrorsTest {

  @Test
  void queue_with_capitals_or_spaces_is_an_error() {
    assertSingleError(
        "InvalidQueue",
        "Queue 'Mail Queue' of @Job sendDigest is not a valid queue name: use 1 to 100 lower-case"
            + " letters, digits, '_' or '-', starting with a letter or digit, as in \"mail\".",
        "queue = \"Mail Queue\"");
  }

  @Test
  void negative_retries_is_an_error() {
    assertSingleError(
        "NegativeRetries",
        "Retries of @Job sendDigest is -1, but retries cannot be negative: use 0 for a job that is"
            + " never retried.",
        "retries = -1");
  }

  @Test
  void cron_on_a_method_with_parameters_is_an_error() {
    assertSingleError(
        "CronWithParameters",
        "@Job dailyReport has a cron schedule and takes parameter 'day', but a recurring job has"
            + " no caller to give it arguments: remove the parameters (a JobContext is fine) or"
            + " the cron.",
        "cron = \"0 3 * * *\"");
  }

  @Test
  void invalid_name_is_an_error() {
    assertSingleError(
        "InvalidName",
        "Job name '1st welcome email' of @Job welcomeEmail is not a valid job name: use 1 to 200"
            + " letters, digits, '.', '_' or '-', starting with a letter, as in"
            + " \"mail.welcome-email\".",
        "name = \"1st welcome email\"");
  }

  @Test
  void method_name_that_is_not_a_valid_job_name_is_an_error_that_says_to_set_a_name() {
    assertSingleError(
        "InvalidMethodName",
        "@Job send$now takes its job name from the method, and 'send$now' is not a valid job"
            + " name: set @Job(name = ...) to 1 to 200 letters, digits, '.', '_' or '-', starting"
            + " with a letter.",
        "send$now(long userId)");
  }

  @Test
  void unknown_zone_is_an_error_that_quotes_the_reason() {
    assertSingleError(
        "InvalidZone",
        "Zone 'Europe/Istambul' of @Job dailyReport is not a time zone (Unknown time-zone ID:"
            + " Europe/Istambul): use a region such as \"Europe/Istanbul\", an offset such as"
            + " \"+03:00\", or leave it empty for UTC.",
        "zone = \"Europe/Istambul\"");
  }

  @Test
  void invalid_cron_is_an_error_on_the_cron_that_quotes_the_parser_s_reason() {
    assertSingleError(
        "InvalidCron",
        "Cron '0 25 * * *' of @Job dailyReport is not a valid cron expression (Failed to parse"
            + " cron expression. Value 25 not in range [0, 23]): use five fields (minute hour"
            + " day-of-month month day-of-week), six with seconds first, or a macro such as"
            + " \"@daily\"; L, W and # work in the day fields as in Quartz.",
        "cron = \"0 25 * * *\"");
  }

  @Test
  void cron_with_too_few_fields_is_an_error_that_says_how_many_there_are() {
    assertSingleError(
        "InvalidCronFieldCount",
        "Cron '0 3 * *' of @Job dailyReport is not a valid cron expression (it has 4 fields, but"
            + " a cron expression has 5 (minute hour day-of-month month day-of-week), 6 (seconds"
            + " first) or is a macro such as @daily)",
        "cron = \"0 3 * *\"");
  }

  @Test
  void invalid_exclusion_cron_is_an_error_on_except_that_quotes_the_parser_s_reason() {
    assertSingleError(
        "InvalidExcept",
        "Except '* * * * 5X' of @Job morningReport is not a valid cron expression (Failed to"
            + " parse cron expression. Invalid chars in expression! Expression: 5X Invalid chars:"
            + " X): write the times the job skips as a cron expression, such as \"* * * * 5L\""
            + " for all of the last Friday of each month.",
        "except = \"* * * * 5X\"");
  }

  @Test
  void max_lag_that_is_not_an_iso_duration_is_an_error() {
    assertSingleError(
        "InvalidMaxLag",
        "Max lag '2 hours' of @Job dailyReport is not a positive ISO-8601 duration (Text cannot"
            + " be parsed to a Duration): write \"PT30M\" for 30 minutes or \"PT2H\" for 2"
            + " hours, or leave it empty for no limit.",
        "maxLag = \"2 hours\"");
  }

  @Test
  void misfire_policy_without_a_cron_is_an_error() {
    assertSingleError(
        "MisfireWithoutCron",
        "@Job dailyReport sets misfire, which applies to a recurring job, but has no cron: add a"
            + " cron, or remove misfire and set it on the recurring runs registered in code.",
        "misfire = Misfire.SKIP");
  }

  @Test
  void timeout_that_is_not_an_iso_duration_is_an_error() {
    assertSingleError(
        "InvalidTimeout",
        "Timeout '30 minutes' of @Job monthlyReport is not a positive ISO-8601 duration: write it"
            + " as, for example, \"PT30S\" (30 seconds), \"PT30M\" (30 minutes) or \"PT2H\" (2"
            + " hours), or leave it empty for no limit.",
        "timeout = \"30 minutes\"");
  }

  @Test
  void zero_timeout_is_an_error() {
    assertSingleError(
        "ZeroTimeout",
        "Timeout 'PT0S' of @Job monthlyReport is not a positive ISO-8601 duration",
        "timeout = \"PT0S\"");
  }

  private static void assertSingleError(String name, String message, String line) {
    JavaFileObject file = source("bad/attributes/" + name + ".java");
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }
}

package dev.stoker.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stoker.processor.Compilations.compile;
import static dev.stoker.processor.Compilations.compileWithRuntime;
import static dev.stoker.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A flow control attribute of {@code @Job} that cannot work is an error on that attribute. */
class JobLimitErrorsTest {

  @Test
  void concurrency_below_one_is_an_error() {
    assertSingleError(
        compileBad("ConcurrencyBelowOne"),
        "ConcurrencyBelowOne",
        "concurrency of @Job syncAccount is 0, but a limit must be at least 1: use 1 or more, or"
            + " remove concurrency for no limit.",
        "concurrency = 0");
  }

  @Test
  void rate_limit_below_one_is_an_error() {
    assertSingleError(
        compileBad("RateLimitBelowOne"),
        "RateLimitBelowOne",
        "rateLimit of @Job syncAccount is -5, but a limit must be at least 1",
        "rateLimit = -5");
  }

  @Test
  void exclusive_with_a_concurrency_limit_is_an_error() {
    assertSingleError(
        compileBad("ExclusiveWithConcurrency"),
        "ExclusiveWithConcurrency",
        "@Job syncAccount is exclusive, which allows one running instance, but also sets"
            + " concurrency = 3: remove concurrency, or exclusive to allow 3.",
        "exclusive = true, concurrency = 3");
  }

  @Test
  void key_naming_no_parameter_is_an_error_that_lists_the_parameters() {
    assertSingleError(
        compileBad("MissingKey"),
        "MissingKey",
        "concurrencyKey 'acountId' of @Job syncAccount names no parameter of the method: name one"
            + " of its stored parameters (accountId, region).",
        "concurrencyKey = \"acountId\"");
  }

  @Test
  void key_naming_a_list_is_an_error() {
    assertSingleError(
        compileBad("ListKey"),
        "ListKey",
        "rateLimitKey 'accountIds' of @Job syncAccounts names a parameter of type List<Long>,"
            + " which is not a single value: name a parameter that holds one, such as a long id,"
            + " a String, a UUID or an enum.",
        "rateLimitKey = \"accountIds\"");
  }

  @Test
  void key_naming_the_job_context_is_an_error() {
    JavaFileObject file = source("bad/limits/ContextKey.java");
    assertSingleError(
        compileWithRuntime(file),
        "ContextKey",
        "uniqueKey 'context' of @Job syncAccount names a parameter of type dev.stoker.JobContext,"
            + " which is not a single value",
        "uniqueKey = \"context\"");
  }

  @Test
  void key_without_its_limit_is_an_error() {
    assertSingleError(
        compileBad("KeyWithoutLimit"),
        "KeyWithoutLimit",
        "@Job syncAccount sets concurrencyKey but not concurrency, so there is no limit to count"
            + " by the key: add concurrency (such as concurrency = 1), or remove concurrencyKey.",
        "concurrencyKey = \"accountId\"");
  }

  @Test
  void rate_period_that_is_not_an_iso_duration_is_an_error() {
    assertSingleError(
        compileBad("InvalidRatePeriod"),
        "InvalidRatePeriod",
        "ratePeriod '1 minute' of @Job syncAccount is not a positive ISO-8601 duration",
        "ratePeriod = \"1 minute\"");
  }

  private static Compilation compileBad(String name) {
    return compile(source("bad/limits/" + name + ".java"));
  }

  private static void assertSingleError(
      Compilation compilation, String name, String message, String line) {
    JavaFileObject file = source("bad/limits/" + name + ".java");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }
}

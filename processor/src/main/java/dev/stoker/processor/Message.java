package dev.stoker.processor;

import java.util.Locale;

/**
 * Every message the processor reports, in one place so that they stay consistent: each states the
 * rule, names the element and says the fix. The constants without a full stop complete {@link
 * #PARAMETER_NOT_STORABLE}: they say why one type, somewhere inside a parameter's type, is not
 * stored.
 */
enum Message {
  PARAMETER_NOT_STORABLE(
      "Parameter '%s' of @Job %s has type %s, which Stoker cannot store as a job argument: %s."
          + " Job arguments may be primitives and their boxes, String, UUID, BigDecimal,"
          + " BigInteger, enums, java.time values, and Lists, Sets and records of those."),
  PASS_ID("pass its id (e.g. %s %sId) and load it inside the job"),
  PASS_IDS("pass their ids (e.g. a %s<%s>) and load them inside the job"),
  USE_LIST("use List<%s> instead of an array"),
  USE_NULLABLE("use %s annotated @Nullable instead of %s"),
  USE_RECORD("use a record, or a List of records, instead of a Map"),
  USE_LIST_OR_SET(
      "declare the type as List<%1$s> or Set<%1$s>, the only collection types that are stored"),
  NO_WILDCARD("write the element type without a wildcard, as in %s<%s>"),
  NO_RAW_TYPE("give the element type, as in %s<String>"),
  NO_GENERIC_RECORD(
      "record %s has type parameters, which a stored job cannot carry; use a record whose"
          + " components have concrete types"),
  NO_RECURSIVE_RECORD(
      "record %s contains itself, which cannot be stored; use a flat structure, such as a List"
          + " of records that refer to each other by id"),
  NOT_ACCESSIBLE(
      "%s is not accessible from package %s, where the generated code lives; make it public, or"
          + " package-private in that package"),
  NO_TYPE_VARIABLE("use a concrete type instead of the type variable %s"),
  PASS_VALUES("pass the plain values the job needs, or an id from which the job loads the rest"),

  PRIVATE_METHOD(
      "@Job method %s is private, so its generated client and handler cannot call it: make it"
          + " package-private, protected or public."),
  GENERIC_METHOD(
      "@Job method %s declares type parameters %s, which a stored job cannot carry: remove them"
          + " and give the parameters concrete types."),
  INNER_CLASS(
      "@Job method %s is in %s, an inner class, which Stoker cannot create without an instance of"
          + " its enclosing class: make %s static, or make the method static."),
  LOCAL_CLASS(
      "@Job method %s is in a local or anonymous class, which the generated handler cannot name:"
          + " move it to a top-level or static nested class."),
  PRIVATE_CLASS(
      "@Job method %s cannot be reached by its generated handler because %s is private: make %s"
          + " package-private or public."),
  DUPLICATE_NAME(
      "Job name '%s' of @Job %s is already the name of @Job %s, and a job's name must be unique"
          + " because it finds the job's handler: set a distinct @Job(name = ...) on one of"
          + " them."),
  CLASS_NAME_CLASH(
      "@Job %s would generate class %s, which @Job %s already generates: set a distinct"
          + " @Job(name = ...) on one of them."),
  CLASS_EXISTS(
      "@Job %s would generate class %s, but a class of that name already exists: set a distinct"
          + " @Job(name = ...), or rename that class."),
  INVALID_NAME(
      "Job name '%s' of @Job %s is not a valid job name: use 1 to 200 letters, digits, '.', '_'"
          + " or '-', starting with a letter, as in \"mail.welcome-email\"."),
  INVALID_METHOD_NAME(
      "@Job %s takes its job name from the method, and '%s' is not a valid job name: set"
          + " @Job(name = ...) to 1 to 200 letters, digits, '.', '_' or '-', starting with a"
          + " letter."),
  INVALID_QUEUE(
      "Queue '%s' of @Job %s is not a valid queue name: use 1 to 100 lower-case letters, digits,"
          + " '_' or '-', starting with a letter or digit, as in \"mail\"."),
  NEGATIVE_RETRIES(
      "Retries of @Job %s is %d, but retries cannot be negative: use 0 for a job that is never"
          + " retried."),
  CRON_WITH_PARAMETERS(
      "@Job %s has a cron schedule and takes %s, but a recurring job has no caller to give it"
          + " arguments: remove the parameters (a JobContext is fine) or the cron."),
  INVALID_ZONE(
      "Zone '%s' of @Job %s is not a time zone (%s): use a region such as \"Europe/Istanbul\", an"
          + " offset such as \"+03:00\", or leave it empty for UTC."),
  INVALID_CRON(
      "Cron '%s' of @Job %s is not a valid cron expression (%s): use five fields (minute hour"
          + " day-of-month month day-of-week), six with seconds first, or a macro such as"
          + " \"@daily\"; L, W and # work in the day fields as in Quartz."),
  INVALID_EXCEPT(
      "Except '%s' of @Job %s is not a valid cron expression (%s): write the times the job skips"
          + " as a cron expression, such as \"* * * * 5L\" for all of the last Friday of each"
          + " month."),
  INVALID_MAX_LAG(
      "Max lag '%s' of @Job %s is not a positive ISO-8601 duration (%s): write \"PT30M\" for 30"
          + " minutes or \"PT2H\" for 2 hours, or leave it empty for no limit."),
  RECURRING_ATTRIBUTE_WITHOUT_CRON(
      "@Job %s sets %s, which applies to a recurring job, but has no cron: add a cron, or remove"
          + " %s and set it on the recurring runs registered in code."),
  INVALID_TIMEOUT(
      "Timeout '%s' of @Job %s is not a positive ISO-8601 duration: write it as, for example,"
          + " \"PT30S\" (30 seconds), \"PT30M\" (30 minutes) or \"PT2H\" (2 hours), or leave it"
          + " empty for no limit."),
  PROCESSOR_FAILED("Failed to process @Job methods: %s");

  private final String template;

  Message(String template) {
    this.template = template;
  }

  String format(Object... arguments) {
    return String.format(Locale.ROOT, template, arguments);
  }
}

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
  LIMIT_BELOW_ONE(
      "%s of @Job %s is %d, but a limit must be at least 1: use 1 or more, or remove %s for no"
          + " limit."),
  EXCLUSIVE_WITH_CONCURRENCY(
      "@Job %s is exclusive, which allows one running instance, but also sets concurrency ="
          + " %d: remove concurrency, or exclusive to allow %d."),
  KEY_NOT_A_PARAMETER(
      "%s '%s' of @Job %s names no parameter of the method: name one of its stored parameters"
          + " (%s)."),
  KEY_NOT_A_VALUE(
      "%s '%s' of @Job %s names a parameter of type %s, which is not a single value: name a"
          + " parameter that holds one, such as a long id, a String, a UUID or an enum."),
  KEY_WITHOUT_LIMIT(
      "@Job %s sets %s but not %s, so there is no limit to count by the key: add %s (such as"
          + " %s = 1), or remove %s."),
  INVALID_LIMIT_DURATION(
      "%s '%s' of @Job %s is not a positive ISO-8601 duration: write it as, for example, \"PT1S\""
          + " (a second), \"PT1M\" (a minute) or \"PT1H\" (an hour)."),
  INVALID_ALIAS(
      "Alias '%s' of @Job %s is not a valid job name: give the job's former name, which has 1 to"
          + " 200 letters, digits, '.', '_' or '-', starting with a letter."),
  ALIAS_IS_NAME(
      "Alias '%s' of @Job %s is the job's own name, but an alias is a former name: remove it."),
  NAME_IS_ALIAS(
      "Job name '%s' of @Job %s is already an alias of @Job %s, and each job name and alias must be"
          + " unique because it finds the job's handler: set a distinct @Job(name = ...), or"
          + " remove the alias."),
  ALIAS_TAKEN(
      "Alias '%s' of @Job %s is already %s of @Job %s, and each job name and alias must be unique"
          + " because it finds the job's handler: remove the alias, or rename the other job."),
  INVALID_FORMER_NAME(
      "@Alias '%s' of %s is not a Java identifier: give the name the %s had before it was"
          + " renamed."),
  FORMER_NAME_TAKEN(
      "@Alias '%s' of %s is also the name or a former name of %s, so a stored job would not say"
          + " which of them it holds: remove it from one of them."),
  INVALID_DEFAULT(
      "@Default '%s' of %s cannot be read as %s (%s): write the value's text, such as \"3\","
          + " \"0.5\", \"true\", an enum constant's name, the ISO-8601 form of a java.time value"
          + " (\"PT15M\"), or \"[]\" for an empty list or set."),
  NO_DEFAULT_FOR_RECORD(
      "@Default of %s cannot be given, as its type %s is a record: annotate it @Nullable instead,"
          + " so that jobs stored without it read null."),
  CONTRACT_JOB_RENAMED(
      "@Job %s is named '%s', but the job contract has it as '%s': the jobs stored under the old"
          + " name would find no handler and wait. Keep the old name as an alias, @Job(name ="
          + " \"%s\", aliases = \"%s\"), or keep the old job beside this one until none of its"
          + " jobs is left."),
  CONTRACT_JOB_REMOVED(
      "Job '%s' of the job contract, which %s ran, is gone from the code: its stored jobs would find"
          + " no handler and wait. Keep the job until none of its jobs is left, or keep its name as"
          + " an alias of the job that replaces it."),
  CONTRACT_ALIAS_REMOVED(
      "@Job %s no longer runs the jobs stored as '%s', which the job contract lists among its"
          + " names: they would find no handler and wait. Keep '%s' in @Job(aliases = ...) until"
          + " none of them is left."),
  CONTRACT_FIELD_RETYPED(
      "%s has type %s, but the job contract has %s, which %s cannot read: the jobs stored before"
          + " the change would fail when they run. Keep %s, or use a type that reads it (a wider"
          + " number, @Nullable, a List for a Set), or keep the old job beside a new one until none"
          + " of its jobs is left."),
  CONTRACT_FIELD_MADE_NON_NULL(
      "%s is no longer @Nullable, but the job contract has %s: the jobs stored with a null would"
          + " fail when they run. Keep it @Nullable, or keep the old job beside a new one until none"
          + " of its jobs is left."),
  CONTRACT_FIELD_ADDED(
      "%s is new, and the jobs stored before it do not hold it: they would fail when they run."
          + " Give it a @Default for them, or annotate it @Nullable%s, or keep the old job beside a"
          + " new one until none of its jobs is left."),
  CONTRACT_RENAMED_HINT(", or, if it is '%s' renamed, keep that name with @Alias(\"%s\")"),
  CONTRACT_FORMER_NAME_REMOVED(
      "%s no longer reads '%s', the name that the job contract says jobs stored before a rename"
          + " hold it under: they would fail when they run. Keep @Alias(\"%s\"), or give it a"
          + " @Default."),
  CONTRACT_DEFAULT_REMOVED(
      "%s has no @Default any more, but the job contract has @Default(%s), which the jobs stored"
          + " before it was added read: they would fail when they run. Keep the @Default, or"
          + " annotate it @Nullable."),
  CONTRACT_COMPONENT_REMOVED(
      "Component '%s' of record %s is gone, but the job contract has it, as %s: the values that"
          + " stored jobs hold for it would be lost. Keep the component (it may be @Nullable)."),
  CONTRACT_CONSTANT_REMOVED(
      "Constant %s of enum %s is gone, but the job contract has it: the stored jobs that hold it"
          + " would fail when they run. Keep the constant (it may be @Deprecated)."),
  ACCEPT_BREAK("Or accept the break on purpose with @BreaksStoredJobs(\"%s\") on %s."),
  BREAK_ACCEPTED(
      "Job contract: @BreaksStoredJobs(\"%s\") accepts a change after which the jobs stored"
          + " before it fail, or wait for a job that is gone."),
  CONTRACT_QUEUE_CHANGED(
      "@Job %s puts its jobs on queue '%s', but the job contract has '%s': the jobs stored before"
          + " the change wait on '%s', and run only where a server serves it. Let servers serve"
          + " both queues until '%s' is empty."),
  CONTRACTS_OFF(
      "Stoker job contracts are off: a change that breaks the jobs already stored (a parameter"
          + " renamed or retyped, a job renamed) fails only when those jobs run. To check such"
          + " changes at compile time, pass -Astoker.contracts=<directory> to javac (Maven:"
          + " <compilerArgs><arg>-Astoker.contracts=${project.basedir}/src/main/stoker</arg>"
          + "</compilerArgs>) and commit the file it writes there."),
  CONTRACT_WRITTEN("Wrote the job contract %s: commit it with the change."),
  CONTRACT_UNREADABLE(
      "Line %d of the job contract %s cannot be read (%s): restore the file from version"
          + " control, or delete it to write a new one from the code."),
  CONTRACT_IO_FAILED(
      "Cannot %s the job contract %s (%s): make -Astoker.contracts name a directory that the"
          + " build can read and write."),
  PROCESSOR_FAILED("Failed to process @Job methods: %s");

  private final String template;

  Message(String template) {
    this.template = template;
  }

  String format(Object... arguments) {
    return String.format(Locale.ROOT, template, arguments);
  }
}

package dev.stoker.dashboard;

/**
 * Hides or redacts job arguments before the dashboard shows them anywhere (job pages, lists,
 * recurring jobs), for jobs that carry personal data. It receives the stored JSON object and
 * returns the text to show.
 *
 * <pre>{@code
 * .redactArguments((jobName, json) -> jobName.startsWith("billing.") ? "(hidden)" : json)
 * .redactArguments(ArgumentRedactor.fields("email", "iban"))   // {"email": "***", ...}
 * }</pre>
 */
@FunctionalInterface
public interface ArgumentRedactor {

  /** Shows the arguments as stored. */
  ArgumentRedactor NONE = (jobName, arguments) -> arguments;

  /** The text to show for the job's arguments, given as the stored JSON object. */
  String redact(String jobName, String arguments);

  /** Hides every job's arguments. */
  static ArgumentRedactor hideAll() {
    return (jobName, arguments) -> "(hidden)";
  }

  /**
   * Replaces the values of the named fields, at any depth, with {@code "***"}; arguments that are
   * not valid JSON are hidden whole.
   */
  static ArgumentRedactor fields(String... names) {
    return new FieldRedactor(names);
  }
}

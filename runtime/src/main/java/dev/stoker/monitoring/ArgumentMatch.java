package dev.stoker.monitoring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search by an argument's value: the jobs whose stored arguments have the top-level field with
 * this value, such as {@code userId = 42}. A bare number or {@code true}/{@code false} matches both
 * the JSON value and the same text as a string; a value in double quotes matches only the string.
 *
 * @param field the argument's name as stored (the parameter's name, or its {@code @Alias})
 * @param value the value as written, without quotes
 * @param quoted whether it was written in double quotes: then it matches strings only
 */
public record ArgumentMatch(String field, String value, boolean quoted) {

  private static final Pattern FIELD = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
  private static final Pattern SEARCH =
      Pattern.compile("\\s*([^=\\s]+)\\s*=\\s*(\"(.*)\"|(.*?))\\s*", Pattern.DOTALL);
  private static final Pattern NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  public ArgumentMatch {
    if (field == null || !FIELD.matcher(field).matches()) {
      throw new IllegalArgumentException(
          "An argument search names an argument (letters, digits, _ or $, not starting with a"
              + " digit), not '"
              + field
              + "': write it as userId = 42");
    }
    if (value == null) {
      throw new IllegalArgumentException("An argument search needs a value: userId = 42");
    }
  }

  /**
   * Reads a search written as {@code name = value}, such as {@code userId = 42} or {@code email =
   * "a@example.com"}.
   */
  public static ArgumentMatch parse(String search) {
    Matcher matcher = SEARCH.matcher(search == null ? "" : search);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "An argument search is written name = value (such as userId = 42), not '" + search + "'");
    }
    boolean quoted = matcher.group(3) != null;
    return new ArgumentMatch(
        matcher.group(1), quoted ? matcher.group(3) : matcher.group(4), quoted);
  }

  /** Whether the value may be a JSON number or boolean, not only a string. */
  public boolean mayBeLiteral() {
    return !quoted
        && (NUMBER.matcher(value).matches() || value.equals("true") || value.equals("false"));
  }

  /** The search as it is written: {@code userId = 42}. */
  @Override
  public String toString() {
    return field + " = " + (quoted ? "\"" + value + "\"" : value);
  }
}

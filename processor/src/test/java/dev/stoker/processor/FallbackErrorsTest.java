package dev.stoker.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stoker.processor.Compilations.compile;
import static dev.stoker.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A default that its type cannot read, and an alias or a former name that is not one, are errors on
 * the annotation.
 */
class FallbackErrorsTest {

  private static final String HOW_TO_WRITE_A_DEFAULT =
      ": write the value's text, such as \"3\", \"0.5\", \"true\", an enum constant's name, the"
          + " ISO-8601 form of a java.time value (\"PT15M\"), or \"[]\" for an empty list or set.";

  @Test
  void default_that_its_type_cannot_read_is_an_error_quoting_the_reason() {
    assertSingleError(
        "InvalidDefault",
        "@Default 'soon' of parameter 'delay' of @Job remind cannot be read as Duration (Text"
            + " cannot be parsed to a Duration)"
            + HOW_TO_WRITE_A_DEFAULT,
        "@Default(\"soon\")");
  }

  @Test
  void number_out_of_its_range_is_an_error() {
    assertSingleError(
        "NumberDefault",
        "@Default '300' of parameter 'times' of @Job remind cannot be read as byte (",
        "@Default(\"300\")");
  }

  @Test
  void default_that_is_no_constant_of_its_enum_is_an_error() {
    assertSingleError(
        "EnumDefault",
        "@Default 'MONDAYS' of parameter 'day' of @Job remind cannot be read as DayOfWeek (not a"
            + " constant of DayOfWeek)",
        "@Default(\"MONDAYS\")");
  }

  @Test
  void default_of_a_record_is_an_error_that_says_to_use_nullable() {
    assertSingleError(
        "RecordDefault",
        "@Default of parameter 'window' of @Job remind cannot be given, as its type"
            + " RecordDefault.Window is a record: annotate it @Nullable instead, so that jobs stored"
            + " without it read null.",
        "@Default(\"{}\")");
  }

  @Test
  void default_of_a_record_component_is_checked_too() {
    assertSingleError(
        "ComponentDefault",
        "@Default 'late' of component 'to' of record ComponentDefault.Window cannot be read as int"
            + " (not a whole number)"
            + HOW_TO_WRITE_A_DEFAULT,
        "@Default(\"late\")");
  }

  @Test
  void alias_that_is_no_job_name_is_an_error() {
    assertSingleError(
        "InvalidAlias",
        "Alias 'old welcome' of @Job welcome is not a valid job name: give the job's former name,"
            + " which has 1 to 200 letters, digits, '.', '_' or '-', starting with a letter.",
        "aliases = \"old welcome\"");
  }

  @Test
  void alias_that_is_the_job_s_own_name_is_an_error() {
    assertSingleError(
        "AliasIsName",
        "Alias 'mail.welcome' of @Job welcome is the job's own name, but an alias is a former"
            + " name: remove it.",
        "aliases = \"mail.welcome\"");
  }

  @Test
  void alias_that_is_another_job_s_name_is_an_error() {
    assertSingleError(
        "AliasTaken",
        "Alias 'mail.reminder' of @Job com.example.bad.AliasTaken.welcome(long) is already the name"
            + " of @Job com.example.bad.AliasTaken.reminder(long), and each job name and alias must"
            + " be unique because it finds the job's handler: remove the alias, or rename the other"
            + " job.",
        "aliases = \"mail.reminder\"");
  }

  @Test
  void name_that_is_another_job_s_alias_is_an_error() {
    assertSingleError(
        "NameIsAlias",
        "Job name 'mail.greeting' of @Job com.example.bad.NameIsAlias.greeting(long) is already an"
            + " alias of @Job com.example.bad.NameIsAlias.welcome(long), and each job name and alias"
            + " must be unique because it finds the job's handler: set a distinct @Job(name = ...),"
            + " or remove the alias.",
        "@Job(name = \"mail.greeting\")");
  }

  @Test
  void former_name_of_a_parameter_that_another_parameter_has_is_an_error() {
    assertSingleError(
        "FormerNameTaken",
        "@Alias 'note' of parameter 'text' of @Job welcome is also the name or a former name of"
            + " 'note', so a stored job would not say which of them it holds: remove it from one of"
            + " them.",
        "@Alias(\"note\")");
  }

  @Test
  void former_name_that_is_no_identifier_is_an_error() {
    assertSingleError(
        "InvalidFormerName",
        "@Alias 'user id' of parameter 'userId' of @Job welcome is not a Java identifier: give the"
            + " name the parameter had before it was renamed.",
        "@Alias(\"user id\")");
  }

  private static void assertSingleError(String name, String message, String line) {
    JavaFileObject file = source("bad/fallbacks/" + name + ".java");
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }
}

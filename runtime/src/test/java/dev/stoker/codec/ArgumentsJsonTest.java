package dev.stoker.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading stored arguments back: tolerant of order and extra fields, clear about what is wrong. */
class ArgumentsJsonTest {

  @Test
  void fields_are_read_in_any_order_and_unknown_ones_are_ignored() {
    ArgumentReader in =
        ArgumentsJson.read("mail", "{\"removed\": [1, {\"x\": 2}], \"b\": \"two\", \"a\": 1}");

    assertThat(in.field("a", Codecs.LONG)).isEqualTo(1L);
    assertThat(in.field("b", Codecs.STRING)).isEqualTo("two");
  }

  @Test
  void missing_field_names_the_argument_and_says_how_to_accept_older_jobs() {
    ArgumentReader in = ArgumentsJson.read("mail", "{}");

    assertThatThrownBy(() -> in.field("userId", Codecs.LONG))
        .isInstanceOf(ArgumentException.class)
        .hasMessage(
            "Argument 'userId' of job 'mail' is missing from the stored arguments: was the"
                + " parameter added after the job was created? Annotate it @Nullable, or give it a"
                + " @Default, to accept jobs stored without it.");
    assertThat(in.field("userId", Codecs.nullable(Codecs.LONG))).isNull();
  }

  @Test
  void value_of_the_wrong_type_names_the_argument_and_the_expected_type() {
    ArgumentReader in =
        ArgumentsJson.read("mail", "{\"userId\": \"forty-two\", \"ids\": [1, \"x\"]}");

    assertThatThrownBy(() -> in.field("userId", Codecs.LONG))
        .isInstanceOf(ArgumentException.class)
        .hasMessageStartingWith("Argument 'userId' of job 'mail' cannot be read as long: ");
    assertThatThrownBy(() -> in.field("ids", Codecs.listOf(Codecs.INT)))
        .hasMessageStartingWith("Argument 'ids[1]' of job 'mail' cannot be read as int: ");
  }

  @Test
  void stored_null_for_a_parameter_that_is_not_nullable_is_an_error() {
    ArgumentReader in = ArgumentsJson.read("mail", "{\"note\": null}");

    assertThatThrownBy(() -> in.field("note", Codecs.STRING))
        .hasMessage(
            "Argument 'note' of job 'mail' is null in the stored job, but the parameter is not"
                + " @Nullable.");
  }

  @Test
  void stored_arguments_that_are_not_an_object_are_an_error() {
    assertThatThrownBy(() -> ArgumentsJson.read("mail", "[1, 2]"))
        .isInstanceOf(ArgumentException.class)
        .hasMessageStartingWith("The stored arguments of job 'mail' are not a JSON object");
    assertThatThrownBy(() -> ArgumentsJson.read("mail", "{\"a\": "))
        .isInstanceOf(ArgumentException.class)
        .hasMessageStartingWith("The stored arguments of job 'mail' are not a JSON object");
  }

  @Test
  void numbers_json_cannot_hold_are_kept_as_text() {
    String json =
        ArgumentsJson.write(
            "m",
            out ->
                out.field(
                    "values",
                    Codecs.listOf(Codecs.DOUBLE),
                    List.of(Double.NaN, Double.NEGATIVE_INFINITY, 2.5)));

    assertThat(json).isEqualTo("{\"values\":[\"NaN\",\"-Infinity\",2.5]}");
    assertThat(ArgumentsJson.read("m", json).field("values", Codecs.listOf(Codecs.DOUBLE)))
        .containsExactly(Double.NaN, Double.NEGATIVE_INFINITY, 2.5);
  }

  @Test
  void unknown_enum_constant_is_an_error_naming_the_type() {
    enum Color {
      RED
    }
    ArgumentReader in = ArgumentsJson.read("paint", "{\"color\": \"PURPLE\"}");

    assertThatThrownBy(() -> in.field("color", Codecs.enumOf(Color.class)))
        .hasMessageStartingWith("Argument 'color' of job 'paint' cannot be read as Color: ")
        .hasMessageContaining("PURPLE");
  }

  @Test
  void missing_field_with_a_default_reads_the_default_as_its_type_reads_text() {
    ArgumentReader in = ArgumentsJson.read("mail", "{\"stored\": 1}");

    assertThat(in.field("language", Codecs.withDefault(Codecs.STRING, "en"))).isEqualTo("en");
    assertThat(in.field("reminders", Codecs.withDefault(Codecs.INT, "3"))).isEqualTo(3);
    assertThat(in.field("delay", Codecs.withDefault(Codecs.DURATION, "PT15M")))
        .isEqualTo(java.time.Duration.ofMinutes(15));
    assertThat(in.field("tags", Codecs.withDefault(Codecs.listOf(Codecs.STRING), "[]"))).isEmpty();
    assertThat(in.field("stored", Codecs.withDefault(Codecs.INT, "3"))).isEqualTo(1);
  }

  @Test
  void stored_null_is_no_missing_field_and_a_default_does_not_replace_it() {
    ArgumentReader in = ArgumentsJson.read("mail", "{\"note\": null}");

    assertThat(in.field("note", Codecs.withDefault(Codecs.nullable(Codecs.STRING), "none")))
        .isNull();
    assertThatThrownBy(() -> in.field("note", Codecs.withDefault(Codecs.STRING, "none")))
        .isInstanceOf(ArgumentException.class)
        .hasMessageContaining("is null in the stored job");
  }

  @Test
  void renamed_field_is_read_under_its_former_name_when_its_own_is_missing() {
    ArgumentReader older = ArgumentsJson.read("mail", "{\"customerId\": 7}");
    ArgumentReader newer = ArgumentsJson.read("mail", "{\"userId\": 8, \"customerId\": 7}");

    assertThat(older.field("userId", Codecs.LONG, "user", "customerId")).isEqualTo(7L);
    assertThat(newer.field("userId", Codecs.LONG, "customerId")).isEqualTo(8L);
    assertThatThrownBy(
            () ->
                ArgumentsJson.read("mail", "{\"customerId\": \"x\"}")
                    .field("userId", Codecs.LONG, "customerId"))
        .isInstanceOf(ArgumentException.class)
        .hasMessageStartingWith("Argument 'customerId' of job 'mail' cannot be read as long");
  }
}

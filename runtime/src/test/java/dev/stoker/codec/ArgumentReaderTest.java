package dev.stoker.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each field is read from where its text lies in the stored arguments: as PostgreSQL's jsonb
 * returns them (spaces after colons and commas, keys reordered), with strings holding escapes and
 * quotes, records and lists nested, and the last field ending at the object's end.
 */
class ArgumentReaderTest {

  record Address(String city, List<Integer> floors) {}

  private static final ArgumentCodec<Address> ADDRESS =
      Codecs.record(
          Address.class,
          (out, a) -> {
            out.field("city", Codecs.STRING, a.city());
            out.field("floors", Codecs.listOf(Codecs.INT), a.floors());
          },
          in ->
              new Address(
                  in.field("city", Codecs.STRING), in.field("floors", Codecs.listOf(Codecs.INT))));

  private static final String AS_JSONB_RETURNS_IT =
      "{\"id\": 42, \"note\": \"say \\\"hi\\\",\\n\\u00e9 } ]\", \"home\": {\"city\": \"Ankara\","
          + " \"floors\": [1, 2]}, \"empty\": \"\", \"ratio\": -1.5e3, \"region\": \"eu-west\"}";

  @Test
  void every_field_reads_its_own_text_and_nothing_of_its_neighbours() {
    ArgumentReader in = ArgumentsJson.read("mail", AS_JSONB_RETURNS_IT);

    assertThat(in.field("id", Codecs.LONG)).isEqualTo(42L);
    assertThat(in.field("note", Codecs.STRING)).isEqualTo("say \"hi\",\né } ]");
    assertThat(in.field("home", ADDRESS)).isEqualTo(new Address("Ankara", List.of(1, 2)));
    assertThat(in.field("empty", Codecs.STRING)).isEmpty();
    assertThat(in.field("ratio", Codecs.DOUBLE)).isEqualTo(-1500.0);
    assertThat(in.field("region", Codecs.STRING)).isEqualTo("eu-west");
  }

  @Test
  void a_field_can_be_read_again_and_in_any_order() {
    ArgumentReader in = ArgumentsJson.read("mail", AS_JSONB_RETURNS_IT);

    assertThat(in.field("region", Codecs.STRING)).isEqualTo("eu-west");
    assertThat(in.field("id", Codecs.LONG)).isEqualTo(42L);
    assertThat(in.field("region", Codecs.STRING)).isEqualTo("eu-west");
  }

  @Test
  void value_text_gives_strings_unquoted_and_unescaped_and_other_values_as_written() {
    ArgumentReader in = ArgumentsJson.read("mail", AS_JSONB_RETURNS_IT);

    assertThat(in.valueText("region")).isEqualTo("eu-west");
    assertThat(in.valueText("note")).isEqualTo("say \"hi\",\né } ]");
    assertThat(in.valueText("id")).isEqualTo("42");
    assertThat(in.valueText("ratio")).isEqualTo("-1.5e3");
    assertThat(in.valueText("home")).isEqualTo("{\"city\": \"Ankara\", \"floors\": [1, 2]}");
    assertThat(in.valueText("absent")).isNull();
  }

  @Test
  void what_the_writer_stores_reads_back_field_by_field() {
    String json =
        ArgumentsJson.write(
            "mail",
            out -> {
              out.field("home", ADDRESS, new Address("İzmir \"merkez\"", List.of()));
              out.field("id", Codecs.LONG, 7L);
            });

    ArgumentReader in = ArgumentsJson.read("mail", json);

    assertThat(in.field("id", Codecs.LONG)).isEqualTo(7L);
    assertThat(in.field("home", ADDRESS)).isEqualTo(new Address("İzmir \"merkez\"", List.of()));
  }
}

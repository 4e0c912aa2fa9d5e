package dev.stoker.codec;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;

/**
 * Reads the named fields of a job's stored arguments, or of a record among them, in any order:
 * PostgreSQL's jsonb does not keep the order they were written in. Fields the job no longer reads
 * are ignored, so removing a parameter keeps older jobs runnable; a field that older jobs lack
 * takes its default, and a renamed one is read under its former name.
 */
public final class ArgumentReader {

  private final Map<String, String> fields;
  private final ArgumentPath at;

  private ArgumentReader(Map<String, String> fields, ArgumentPath at) {
    this.fields = fields;
    this.at = at;
  }

  /** Splits the object the parser stands on into its fields, each kept as JSON text. */
  static ArgumentReader fromObject(JsonParser in, ArgumentPath at) {
    Codecs.expect(in, JsonToken.START_OBJECT, "a JSON object");
    Map<String, String> fields = new HashMap<>();
    while (in.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = in.currentName();
      in.nextToken();
      StringWriter text = new StringWriter();
      try (JsonGenerator copy =
          ArgumentsJson.FACTORY.createGenerator(ObjectWriteContext.empty(), text)) {
        copy.copyCurrentStructureExact(in);
      }
      fields.put(name, text.toString());
    }
    return new ArgumentReader(fields, at);
  }

  /**
   * Reads one field. Throws {@link ArgumentException} when it is missing (and the codec has no
   * default), null where the codec accepts none, or not of the codec's type.
   */
  public <T> T field(String name, ArgumentCodec<T> codec) {
    ArgumentPath fieldAt = at.field(name);
    String text = fields.get(name);
    return text == null ? codec.whenMissing(fieldAt) : read(text, codec, fieldAt);
  }

  /**
   * Reads one field that was renamed: under its name, or else under the first of its former names
   * that the stored arguments hold (jobs stored before the rename).
   */
  public <T> T field(String name, ArgumentCodec<T> codec, String... formerNames) {
    if (!fields.containsKey(name)) {
      for (String former : formerNames) {
        String text = fields.get(former);
        if (text != null) {
          return read(text, codec, at.field(former));
        }
      }
    }
    return field(name, codec);
  }

  /**
   * The field as text, such as {@code 42} or {@code eu-west} (a string without its quotes), or null
   * when the arguments lack it: what flow control keys jobs by.
   */
  public String valueText(String name) {
    String text = fields.get(name);
    if (text == null || !text.startsWith("\"")) {
      return text;
    }
    try (JsonParser in = ArgumentsJson.FACTORY.createParser(ObjectReadContext.empty(), text)) {
      in.nextToken();
      return in.getString();
    }
  }

  private static <T> T read(String text, ArgumentCodec<T> codec, ArgumentPath fieldAt) {
    try (JsonParser in = ArgumentsJson.FACTORY.createParser(ObjectReadContext.empty(), text)) {
      in.nextToken();
      return codec.read(in, fieldAt);
    }
  }
}

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

  /** A field's value: where its JSON text lies in the characters of the stored arguments. */
  private record Json(char[] chars, int start, int end) {
    Json(String text) {
      this(text.toCharArray(), 0, text.length());
    }

    boolean isString() {
      return chars[start] == '"';
    }

    JsonParser parser() {
      JsonParser in =
          ArgumentsJson.FACTORY.createParser(ObjectReadContext.empty(), chars, start, end - start);
      in.nextToken();
      return in;
    }

    @Override
    public String toString() {
      return new String(chars, start, end - start);
    }
  }

  private final Map<String, Json> fields;
  private final ArgumentPath at;

  private ArgumentReader(Map<String, Json> fields, ArgumentPath at) {
    this.fields = fields;
    this.at = at;
  }

  /**
   * Splits the object the parser of {@code chars} stands on into its fields, each kept as where its
   * text lies: nothing is copied until a field is read.
   */
  static ArgumentReader fromObject(JsonParser in, char[] chars, ArgumentPath at) {
    Codecs.expect(in, JsonToken.START_OBJECT, "a JSON object");
    Map<String, Json> fields = new HashMap<>();
    while (in.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = in.currentName();
      in.nextToken();
      int start = (int) in.currentTokenLocation().getCharOffset();
      in.skipChildren();
      in.finishToken(); // a string's end is found only once it is read
      fields.put(name, new Json(chars, start, (int) in.currentLocation().getCharOffset()));
    }
    return new ArgumentReader(fields, at);
  }

  /**
   * Splits the object the parser stands on into its fields, each copied as JSON text: a record
   * among the arguments, read from a parser over its field.
   */
  static ArgumentReader fromObject(JsonParser in, ArgumentPath at) {
    Codecs.expect(in, JsonToken.START_OBJECT, "a JSON object");
    Map<String, Json> fields = new HashMap<>();
    while (in.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = in.currentName();
      in.nextToken();
      StringWriter text = new StringWriter();
      try (JsonGenerator copy =
          ArgumentsJson.FACTORY.createGenerator(ObjectWriteContext.empty(), text)) {
        copy.copyCurrentStructureExact(in);
      }
      fields.put(name, new Json(text.toString()));
    }
    return new ArgumentReader(fields, at);
  }

  /**
   * Reads one field. Throws {@link ArgumentException} when it is missing (and the codec has no
   * default), null where the codec accepts none, or not of the codec's type.
   */
  public <T> T field(String name, ArgumentCodec<T> codec) {
    ArgumentPath fieldAt = at.field(name);
    Json text = fields.get(name);
    return text == null ? codec.whenMissing(fieldAt) : read(text, codec, fieldAt);
  }

  /**
   * Reads one field that was renamed: under its name, or else under the first of its former names
   * that the stored arguments hold (jobs stored before the rename).
   */
  public <T> T field(String name, ArgumentCodec<T> codec, String... formerNames) {
    if (!fields.containsKey(name)) {
      for (String former : formerNames) {
        Json text = fields.get(former);
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
    Json text = fields.get(name);
    if (text == null || !text.isString()) {
      return text == null ? null : text.toString();
    }
    try (JsonParser in = text.parser()) {
      return in.getString();
    }
  }

  private static <T> T read(Json text, ArgumentCodec<T> codec, ArgumentPath fieldAt) {
    try (JsonParser in = text.parser()) {
      return codec.read(in, fieldAt);
    }
  }
}

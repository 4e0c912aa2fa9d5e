package dev.stoker.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * JSON read into plain values that compare by meaning: PostgreSQL's jsonb keeps neither the order
 * of an object's fields nor its spacing, and writes {@code 1.50} as {@code 1.50} but may be handed
 * {@code 1.5}, so stored arguments are compared as trees, not as text.
 */
final class JsonValues {

  private static final JsonFactory FACTORY = new JsonFactory();

  /** Stands for JSON's null, which a map cannot hold as a value of its own. */
  private static final Object NULL = new Object();

  private JsonValues() {}

  /**
   * The JSON as maps sorted by key, lists, strings, numbers without trailing zeros and booleans.
   */
  static Object parse(String json) {
    try (JsonParser in = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      return value(in, in.nextToken());
    }
  }

  private static Object value(JsonParser in, JsonToken token) {
    return switch (token) {
      case START_OBJECT -> {
        Map<String, Object> fields = new TreeMap<>();
        while (in.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = in.currentName();
          fields.put(name, value(in, in.nextToken()));
        }
        yield fields;
      }
      case START_ARRAY -> {
        List<Object> elements = new ArrayList<>();
        for (JsonToken next = in.nextToken(); next != JsonToken.END_ARRAY; next = in.nextToken()) {
          elements.add(value(in, next));
        }
        yield elements;
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> in.getDecimalValue().stripTrailingZeros();
      case VALUE_STRING -> in.getString();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> NULL;
      default -> throw new IllegalArgumentException("Not JSON: " + token + " in " + in);
    };
  }

  /** True if the two JSON texts say the same. */
  static boolean same(String a, String b) {
    return parse(a).equals(parse(b));
  }
}

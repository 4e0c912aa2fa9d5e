package dev.stoker.dashboard;

import java.io.StringWriter;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Copies the arguments' JSON token by token, writing "***" for the values of the named fields. */
final class FieldRedactor implements ArgumentRedactor {

  private static final JsonFactory JSON = new JsonFactory();
  private static final String HIDDEN = "***";

  private final Set<String> names;

  FieldRedactor(String... names) {
    this.names = Set.of(names);
  }

  @Override
  public String redact(String jobName, String arguments) {
    StringWriter text = new StringWriter();
    try (JsonParser in = JSON.createParser(ObjectReadContext.empty(), arguments);
        JsonGenerator out = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
      for (JsonToken token = in.nextToken(); token != null; token = in.nextToken()) {
        if (token == JsonToken.PROPERTY_NAME && names.contains(in.currentName())) {
          out.writeName(in.currentName());
          in.nextToken();
          in.skipChildren();
          out.writeString(HIDDEN);
        } else {
          out.copyCurrentEvent(in);
        }
      }
    } catch (JacksonException notJson) {
      return "(hidden)";
    }
    return text.toString();
  }
}

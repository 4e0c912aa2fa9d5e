package dev.stoker.codec;

import java.io.StringWriter;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Turns a job's arguments into the JSON object stored with it, and back. */
public final class ArgumentsJson {

  static final JsonFactory FACTORY = new JsonFactory();

  private ArgumentsJson() {}

  /** Writes the arguments of the named job as one JSON object. */
  public static String write(String job, Consumer<ArgumentWriter> arguments) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = FACTORY.createGenerator(ObjectWriteContext.empty(), text)) {
      out.writeStartObject();
      arguments.accept(new ArgumentWriter(out, new ArgumentPath(job, "")));
      out.writeEndObject();
    }
    return text.toString();
  }

  /** A reader over the stored arguments of the named job. */
  public static ArgumentReader read(String job, String json) {
    ArgumentPath at = new ArgumentPath(job, "");
    char[] chars = json.toCharArray();
    try (JsonParser in = FACTORY.createParser(ObjectReadContext.empty(), chars)) {
      in.nextToken();
      return ArgumentReader.fromObject(in, chars, at);
    } catch (JacksonException e) {
      throw new ArgumentException(
          "The stored arguments of job '" + job + "' are not a JSON object: " + e.getMessage(), e);
    }
  }
}

package dev.stoker.codec;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * How one type of job argument is written to JSON and read back. Instances come from {@link
 * Codecs}; generated code picks one per parameter.
 *
 * @param <T> the argument's Java type
 */
public abstract class ArgumentCodec<T> {

  private final String typeName;

  ArgumentCodec(String typeName) {
    this.typeName = typeName;
  }

  /** Writes a value that is not null. */
  abstract void writeValue(JsonGenerator out, T value, ArgumentPath at);

  /** Reads a value from the parser, which stands on the value's first token, not a null. */
  abstract T readValue(JsonParser in, ArgumentPath at);

  boolean acceptsNull() {
    return false;
  }

  /** The value of a field the stored arguments lack: null where null is accepted. */
  T whenMissing(ArgumentPath at) {
    if (acceptsNull()) {
      return null;
    }
    throw ArgumentException.missing(at);
  }

  /**
   * Reads a value from its text, as {@code @Default} writes it: JSON for numbers, booleans and
   * empty arrays; text codecs override this to take the text as the string it stands for.
   */
  T readText(String text, ArgumentPath at) {
    try (JsonParser in = ArgumentsJson.FACTORY.createParser(ObjectReadContext.empty(), text)) {
      in.nextToken();
      return read(in, at);
    } catch (JacksonException e) {
      throw ArgumentException.unreadable(at, typeName, e);
    }
  }

  final void write(JsonGenerator out, T value, ArgumentPath at) {
    if (value != null) {
      writeValue(out, value, at);
    } else if (acceptsNull()) {
      out.writeNull();
    } else {
      throw ArgumentException.nullValue(at);
    }
  }

  final T read(JsonParser in, ArgumentPath at) {
    if (in.currentToken() == JsonToken.VALUE_NULL) {
      if (acceptsNull()) {
        return null;
      }
      throw ArgumentException.storedNull(at);
    }
    try {
      return readValue(in, at);
    } catch (ArgumentException e) {
      throw e;
    } catch (JacksonException | IllegalArgumentException | java.time.DateTimeException e) {
      throw ArgumentException.unreadable(at, typeName, e);
    }
  }

  /** The Java type this codec reads, as error messages name it. */
  @Override
  public String toString() {
    return typeName;
  }
}

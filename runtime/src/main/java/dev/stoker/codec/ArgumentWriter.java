package dev.stoker.codec;

import tools.jackson.core.JsonGenerator;

/** Writes the named fields of a job's arguments, or of a record among them. */
public final class ArgumentWriter {

  private final JsonGenerator out;
  private final ArgumentPath at;

  ArgumentWriter(JsonGenerator out, ArgumentPath at) {
    this.out = out;
    this.at = at;
  }

  /**
   * Writes one field. Throws {@link ArgumentException} when the value is null and the codec does
   * not accept null.
   */
  public <T> ArgumentWriter field(String name, ArgumentCodec<T> codec, T value) {
    out.writeName(name);
    codec.write(out, value, at.field(name));
    return this;
  }
}

package dev.stoker.codec;

public final class ArgumentWriter {
  private ArgumentWriter() {}

  public <T> ArgumentWriter field(String name, ArgumentCodec<T> codec, T value) {
    throw new UnsupportedOperationException();
  }
}

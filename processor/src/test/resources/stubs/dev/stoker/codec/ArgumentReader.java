package dev.stoker.codec;

public final class ArgumentReader {
  private ArgumentReader() {}

  public <T> T field(String name, ArgumentCodec<T> codec) {
    throw new UnsupportedOperationException();
  }
}

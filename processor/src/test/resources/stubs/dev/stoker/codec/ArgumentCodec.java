package dev.stoker.codec;

public abstract class ArgumentCodec<T> {
  ArgumentCodec() {}
}

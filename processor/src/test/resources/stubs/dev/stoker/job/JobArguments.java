package dev.stoker.job;

import dev.stoker.codec.ArgumentWriter;

@FunctionalInterface
public interface JobArguments {
  JobArguments NONE = out -> {};

  void writeTo(ArgumentWriter out);
}

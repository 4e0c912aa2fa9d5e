package dev.stoker.job;

import dev.stoker.codec.ArgumentWriter;

/** Writes a job's arguments, one named field per serialized parameter. Generated per job. */
@FunctionalInterface
public interface JobArguments {

  /** A job without serialized parameters. */
  JobArguments NONE = out -> {};

  void writeTo(ArgumentWriter out);
}

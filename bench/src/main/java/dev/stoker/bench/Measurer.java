package dev.stoker.bench;

/**
 * Measures one target: in this JVM ({@link Measurements}) or in a JVM of its own ({@link
 * TargetJvm}).
 */
interface Measurer extends AutoCloseable {

  /** Runs every workload unrecorded, so that the recorded runs pay for no class loading or JIT. */
  void warmUp() throws Exception;

  /** One run of the workload of a rate row. */
  Rate rate(Row row) throws Exception;

  /** One run of the pickup latency workload. */
  Latencies latency() throws Exception;

  @Override
  default void close() throws Exception {}
}

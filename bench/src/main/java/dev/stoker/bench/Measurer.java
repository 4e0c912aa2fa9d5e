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

  /**
   * A target that could not be measured at all: each measurement fails with why, so that the report
   * shows it failed and the bench ends with an error, rather than leaving its column empty.
   */
  static Measurer failing(String why) {
    return new Measurer() {
      @Override
      public void warmUp() {
        throw new IllegalStateException(why);
      }

      @Override
      public Rate rate(Row row) {
        throw new IllegalStateException(why);
      }

      @Override
      public Latencies latency() {
        throw new IllegalStateException(why);
      }
    };
  }
}

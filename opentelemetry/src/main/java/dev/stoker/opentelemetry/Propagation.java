package dev.stoker.opentelemetry;

/** How an attempt's CONSUMER span relates to the PRODUCER span of the enqueue that created it. */
public enum Propagation {
  /**
   * Each attempt starts a trace of its own, linked to the enqueue's span: a request's trace stays
   * short, however late and often its jobs run. OpenTelemetry's messaging conventions advise it.
   */
  LINK,
  /** Each attempt is a child of the enqueue's span, in the enqueuing request's trace. */
  CHILD,
  /** Attempts start traces of their own, unrelated to the enqueue. */
  NONE
}

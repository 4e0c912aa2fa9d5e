package dev.stoker.bench;

import java.util.Map;

/** The PostgreSQL settings the bench runs under, durable ones first: production runs those. */
enum Durability {
  DURABLE(
      "durable: fsync=on, synchronous_commit=on",
      Map.of("fsync", "on", "synchronous_commit", "on")),
  ZONKY_DEFAULTS("zonky's defaults: fsync=off, synchronous_commit=off", Map.of());

  private final String label;
  private final Map<String, String> serverConfig;

  Durability(String label, Map<String, String> serverConfig) {
    this.label = label;
    this.serverConfig = serverConfig;
  }

  String label() {
    return label;
  }

  /** Settings on top of zonky's (which start the server with fsync off, "-F"). */
  Map<String, String> serverConfig() {
    return serverConfig;
  }
}

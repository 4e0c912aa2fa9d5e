package dev.stoker.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The versions of what the bench runs, as the build resolved them. */
final class Versions {

  private static final Properties versions = load();

  private Versions() {}

  static String of(String artifact) {
    String version = versions.getProperty(artifact);
    if (version == null) {
      throw new IllegalStateException("bench-versions.properties names no version of " + artifact);
    }
    return version;
  }

  private static Properties load() {
    try (InputStream in = Versions.class.getResourceAsStream("/bench-versions.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

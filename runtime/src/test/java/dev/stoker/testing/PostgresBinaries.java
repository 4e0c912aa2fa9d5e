package dev.stoker.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Which PostgreSQL the embedded servers of the tests run: the binaries on the classpath, or those
 * in the jar named by {@code stoker.test.postgres.binaries} (the build's PostgreSQL 18 run).
 */
public final class PostgresBinaries {

  /** The major version the tests expect, as the build says. */
  public static final int MAJOR = Integer.getInteger("stoker.test.postgres.major", 17);

  private PostgresBinaries() {}

  /** A builder of embedded servers that run the chosen binaries. */
  public static EmbeddedPostgres.Builder builder() {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
    String jar = System.getProperty("stoker.test.postgres.binaries");
    if (jar != null && !jar.isBlank()) {
      builder.setPgBinaryResolver((system, hardware) -> read(jar, system, hardware));
    }
    return builder;
  }

  private static ByteArrayInputStream read(String jar, String system, String hardware) {
    String name = ("postgres-" + system + "-" + hardware + ".txz").toLowerCase(Locale.ROOT);
    try (ZipFile zip = new ZipFile(jar)) {
      ZipEntry entry = zip.getEntry(name);
      if (entry == null) {
        throw new IllegalStateException(jar + " holds no " + name);
      }
      return new ByteArrayInputStream(zip.getInputStream(entry).readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read PostgreSQL's binaries from " + jar, e);
    }
  }
}

package dev.stoker.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Checks, before Stoker touches them, that jOOQ and Jackson on the classpath, and H2 when it is
 * Stoker's database, are as new as Stoker needs. Spring Boot may manage older ones: Boot 4.0
 * manages jOOQ 3.19, with which Stoker would fail at its first query with a {@link
 * NoSuchMethodError}; Boot 4.1 manages H2 2.4, whose check constraints fail in every session opened
 * after the one that created them (H2 2.5 fixed it).
 */
final class LibraryVersions {

  /** A library Stoker needs, and the build property of Spring Boot's that picks its version. */
  record Library(String name, String property, String found, String tested) {

    /** Whether the version found has at least the major and minor version of the tested one. */
    boolean isRecentEnough() {
      return found != null && compare(found, tested) >= 0;
    }
  }

  private LibraryVersions() {}

  /**
   * Throws {@link StokerStartupException} unless jOOQ, Jackson and (if Stoker's database is H2) H2
   * are recent enough.
   */
  static void check(DataSource dataSource) {
    Properties tested = testedVersions();
    List<Library> libraries = new ArrayList<>();
    libraries.add(new Library("jOOQ", "jooq.version", jooqVersion(), tested.getProperty("jooq")));
    libraries.add(
        new Library(
            "Jackson", "jackson-bom.version", jacksonVersion(), tested.getProperty("jackson")));
    h2Version(dataSource)
        .ifPresent(
            h2 -> libraries.add(new Library("H2", "h2.version", h2, tested.getProperty("h2"))));
    check(libraries);
  }

  static void check(List<Library> libraries) {
    List<Library> tooOld = libraries.stream().filter(library -> !library.isRecentEnough()).toList();
    if (tooOld.isEmpty()) {
      return;
    }
    List<String> found = new ArrayList<>();
    List<String> settings = new ArrayList<>();
    for (Library library : tooOld) {
      found.add(
          library.name()
              + " "
              + (library.found() == null ? "(none found)" : library.found())
              + ", and needs "
              + minorOf(library.tested())
              + " or newer");
      settings.add(
          "<" + library.property() + ">" + library.tested() + "</" + library.property() + ">");
    }
    throw new StokerStartupException(
        "Stoker cannot run on the classpath's " + String.join("; ", found) + ".",
        "Set "
            + String.join(" and ", tooOld.stream().map(Library::property).toList())
            + " to the version Stoker is tested with: in pom.xml, "
            + String.join(" ", settings)
            + " in <properties> (in Gradle, ext['"
            + tooOld.getFirst().property()
            + "'] = '"
            + tooOld.getFirst().tested()
            + "'), or move to Spring Boot 4.1 or newer, which manages these versions.");
  }

  /** Read by reflection: the constant itself would be compiled into this class. */
  private static String jooqVersion() {
    try {
      return (String) Class.forName("org.jooq.Constants").getField("VERSION").get(null);
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }

  private static String jacksonVersion() {
    try {
      return tools.jackson.core.json.PackageVersion.VERSION.toString();
    } catch (LinkageError e) {
      return null;
    }
  }

  /** The H2 version of the database, if it is H2. */
  private static Optional<String> h2Version(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData database = connection.getMetaData();
      return "H2".equals(database.getDatabaseProductName())
          ? Optional.of(database.getDatabaseProductVersion().split(" ")[0])
          : Optional.empty();
    } catch (SQLException e) {
      return Optional.empty(); // Stoker itself says that it cannot reach its database
    }
  }

  /** The versions this starter was built and tested with, written into it by the build. */
  private static Properties testedVersions() {
    Properties versions = new Properties();
    try (InputStream in = LibraryVersions.class.getResourceAsStream("tested-versions.properties")) {
      versions.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return versions;
  }

  /** Compares the major and minor versions; "3.21.9" and "3.21.0-SNAPSHOT" are equal. */
  static int compare(String version, String other) {
    int[] a = majorMinor(version);
    int[] b = majorMinor(other);
    return a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]);
  }

  private static String minorOf(String version) {
    int[] parts = majorMinor(version);
    return parts[0] + "." + parts[1];
  }

  private static int[] majorMinor(String version) {
    String[] parts = version.split("[.-]");
    return new int[] {number(parts, 0), number(parts, 1)};
  }

  private static int number(String[] parts, int index) {
    try {
      return index < parts.length ? Integer.parseInt(parts[index]) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}

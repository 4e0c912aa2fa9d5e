package dev.stoker.behaviour;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** The schema versions a database records as applied, and those Stoker's migrations list. */
final class SchemaVersions {

  private SchemaVersions() {}

  /** How many times each version is recorded as applied. */
  static Map<Integer, Integer> countsPerVersion(DataSource dataSource) throws SQLException {
    Map<Integer, Integer> counts = new TreeMap<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet versions =
            statement.executeQuery(
                "select version, count(*) from stoker_schema_version group by version")) {
      while (versions.next()) {
        counts.put(versions.getInt(1), versions.getInt(2));
      }
    }
    return counts;
  }

  /** The versions of the migrations Stoker lists. */
  static List<Integer> expected() {
    try (InputStream in =
        SchemaVersions.class.getClassLoader().getResourceAsStream("dev/stoker/db/migrations.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty())
          .map(line -> Integer.parseInt(line.substring(1, line.indexOf("__"))))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

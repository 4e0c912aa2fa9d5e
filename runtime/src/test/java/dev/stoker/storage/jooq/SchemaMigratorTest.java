package dev.stoker.storage.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SchemaMigratorTest {

  @Test
  void schema_is_applied_once_and_recorded_on_h2() throws IOException {
    try (Databases.Database db = Databases.inMemoryH2()) {
      SchemaMigrator migrator = new SchemaMigrator(db.dataSource(), db.dialect());

      // Versions may have gaps: count the migrations listed.
      assertThat(migrator.migrate()).isEqualTo(listedMigrations());
      assertThat(migrator.migrate()).isZero();
    }
  }

  private static long listedMigrations() throws IOException {
    try (InputStream in = getClassLoader().getResourceAsStream("dev/stoker/db/migrations.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank())
          .count();
    }
  }

  private static ClassLoader getClassLoader() {
    return SchemaMigratorTest.class.getClassLoader();
  }
}

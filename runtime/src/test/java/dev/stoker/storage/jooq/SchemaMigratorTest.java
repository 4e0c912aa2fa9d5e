package dev.stoker.storage.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaMigratorTest {

  @Test
  void schema_is_applied_once_and_recorded_on_h2() {
    try (Databases.Database db = Databases.inMemoryH2()) {
      SchemaMigrator migrator = new SchemaMigrator(db.dataSource(), db.dialect());

      assertThat(migrator.migrate()).as("migrations applied").isPositive();
      assertThat(migrator.migrate()).as("migrations applied again").isZero();
    }
  }
}

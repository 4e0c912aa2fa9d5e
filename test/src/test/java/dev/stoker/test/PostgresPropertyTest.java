package dev.stoker.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.stoker.testing.PostgresDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * The system property {@code stoker.test.postgres} moves every {@code @StokerTest} onto PostgreSQL:
 * each test gets a database of its own there, dropped after it.
 */
class PostgresPropertyTest {

  private static final List<String> databases = new CopyOnWriteArrayList<>();

  @Test
  void tests_run_on_fresh_databases_of_the_postgresql_the_property_names() throws SQLException {
    String url = PostgresDatabases.adminUrl();
    System.setProperty("stoker.test.postgres", url);
    try {
      NestedLaunch.passes(
          2,
          LauncherDiscoveryRequestBuilder.request()
              .selectors(selectClass(OnTheProperty.class))
              .build());
    } finally {
      System.clearProperty("stoker.test.postgres");
    }

    assertThat(databases).hasSize(2).doesNotHaveDuplicates();
    try (Connection admin = DriverManager.getConnection(url);
        var rows = admin.createStatement().executeQuery("select datname from pg_database")) {
      List<String> left = new ArrayList<>();
      while (rows.next()) {
        left.add(rows.getString(1));
      }
      assertThat(left)
          .as("the tests' databases are dropped")
          .doesNotContainAnyElementsOf(databases);
    }
  }

  @StokerTest
  static class OnTheProperty {

    @Test
    void runs_on_postgresql(TestStoker stoker) throws SQLException {
      note(stoker);
    }

    @Test
    void runs_on_another_database(TestStoker stoker) throws SQLException {
      note(stoker);
    }

    private static void note(TestStoker stoker) throws SQLException {
      try (Connection connection = stoker.dataSource().getConnection()) {
        assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        databases.add(connection.getCatalog());
      }
    }
  }
}

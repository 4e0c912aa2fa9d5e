package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.zaxxer.hikari.HikariDataSource;
import dev.stoker.Stoker;
import dev.stoker.testing.PostgresBinaries;
import dev.stoker.testing.PostgresDatabases;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Stoker on the PostgreSQL the build runs (17, and 18 in its second run): its first log line says
 * what it found, and nothing warns that the version is not supported.
 */
class DatabaseVersionTest {

  @Test
  void a_start_on_a_supported_postgresql_says_what_it_found_and_warns_of_nothing()
      throws Exception {
    Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    root.addAppender(logged);
    try (HikariDataSource dataSource = PostgresDatabases.newDatabase(4)) {
      Stoker.builder().dataSource(dataSource).withoutServer().start().close();
      int major;
      try (Connection connection = dataSource.getConnection()) {
        major = connection.getMetaData().getDatabaseMajorVersion();
      }

      assertThat(major).as("the PostgreSQL the build asked for").isEqualTo(PostgresBinaries.MAJOR);
      assertThat(logged.list)
          .filteredOn(event -> event.getLoggerName().startsWith("dev.stoker"))
          .first()
          .extracting(ILoggingEvent::getFormattedMessage)
          .asString()
          .startsWith("Stoker keeps its jobs in PostgreSQL " + major + ".");
      assertThat(logged.list)
          .extracting(ILoggingEvent::getFormattedMessage)
          .noneMatch(message -> message.contains("older than what dialect"))
          .noneMatch(message -> message.contains("Stoker is tested on"));
    } finally {
      root.detachAppender(logged);
    }
  }
}

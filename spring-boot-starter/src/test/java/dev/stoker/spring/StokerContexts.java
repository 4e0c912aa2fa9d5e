package dev.stoker.spring;

import dev.stoker.spring.dashboard.StokerDashboardAutoConfiguration;
import dev.stoker.spring.health.StokerHealthAutoConfiguration;
import dev.stoker.spring.jobs.Gate;
import dev.stoker.spring.jobs.Greeter;
import dev.stoker.spring.jobs.Greetings;
import dev.stoker.spring.jobs.LongJob;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.AbstractApplicationContextRunner;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** Application contexts as Spring Boot builds them, with Stoker's auto-configuration. */
final class StokerContexts {

  private StokerContexts() {}

  /** Boot's DataSource (an embedded H2 of its own per context), Stoker, and the test's jobs. */
  static ApplicationContextRunner runner() {
    return withStoker(new ApplicationContextRunner());
  }

  /** The same in a servlet web application, as the dashboard needs (no server is started). */
  static WebApplicationContextRunner webRunner() {
    return withStoker(new WebApplicationContextRunner())
        .withConfiguration(AutoConfigurations.of(StokerDashboardAutoConfiguration.class));
  }

  private static <R extends AbstractApplicationContextRunner<R, ?, ?>> R withStoker(R runner) {
    return runner
        .withConfiguration(
            AutoConfigurations.of(
                DataSourceAutoConfiguration.class,
                DataSourceTransactionManagerAutoConfiguration.class,
                StokerAutoConfiguration.class,
                StokerHealthAutoConfiguration.class))
        .withBean(Greetings.class)
        .withBean(Greeter.class)
        .withBean(Gate.class)
        .withBean(LongJob.class)
        .withPropertyValues("stoker.server.poll-interval=50ms");
  }

  /** A new in-memory H2 database that lives until the JVM ends, and its JDBC URL. */
  static String h2Url(String name) {
    return "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  }

  static DataSource h2(String url) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("sa"); // as Spring Boot names the user of an embedded database
    return dataSource;
  }
}

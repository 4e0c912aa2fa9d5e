package dev.stoker.sample;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.stoker.dashboard.StokerDashboard;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link Sample}: starts Stoker and its dashboard, prints the dashboard's address, runs
 * the scenario and prints what ran, then keeps the dashboard open (the signup report recurring
 * every two seconds) until stopped with Ctrl-C.
 *
 * <p>Runs on an embedded in-memory H2 database, or on PostgreSQL with {@code
 * --jdbc-url=jdbc:postgresql://host/db?user=...&password=...} (or {@code STOKER_SAMPLE_JDBC_URL});
 * the dashboard listens on 127.0.0.1:8081 (the Spring Boot sample takes 8080), or the port of
 * {@code --dashboard-port=N} (0 for any free one).
 */
public final class SampleApp {

  private static final Logger log = LoggerFactory.getLogger(SampleApp.class);

  private SampleApp() {}

  public static void main(String[] args) throws Exception {
    HikariDataSource dataSource = dataSource(jdbcUrl(args));
    Sample sample = Sample.start(dataSource);
    StokerDashboard dashboard = StokerDashboard.start(sample.stoker(), dashboardPort(args));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dashboard.close();
                  sample.close();
                  dataSource.close();
                  stopped.countDown();
                },
                "sample-shutdown"));
    System.out.println("Stoker dashboard: " + dashboard.uri());
    boolean succeeded = sample.runScenario();
    if (!succeeded) {
      log.error("Some jobs did not succeed: see the summary above");
    }
    System.out.println(
        "Stoker dashboard: " + dashboard.uri() + " (open; stop the sample with Ctrl-C)");
    stopped.await();
  }

  private static String jdbcUrl(String[] args) {
    String fromArguments = option(args, "--jdbc-url=");
    if (fromArguments != null) {
      return fromArguments;
    }
    String fromEnvironment = System.getenv("STOKER_SAMPLE_JDBC_URL");
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return fromEnvironment;
    }
    return "jdbc:h2:mem:stoker-sample;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
  }

  private static int dashboardPort(String[] args) {
    String port = option(args, "--dashboard-port=");
    try {
      return port == null ? 8081 : Integer.parseInt(port);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--dashboard-port takes a port number (0 for any free one), not '" + port + "'", e);
    }
  }

  private static String option(String[] args, String prefix) {
    for (String arg : args) {
      if (arg.startsWith(prefix)) {
        return arg.substring(prefix.length());
      }
    }
    return null;
  }

  static HikariDataSource dataSource(String jdbcUrl) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(10);
    // While the database is away, fail fast: Stoker backs off and tries again by itself.
    config.setConnectionTimeout(5_000);
    config.setPoolName("sample");
    log.info("Database: {}", jdbcUrl.replaceAll("password=[^&]*", "password=***"));
    return new HikariDataSource(config);
  }
}

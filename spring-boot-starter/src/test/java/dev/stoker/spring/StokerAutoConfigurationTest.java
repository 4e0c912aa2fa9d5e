package dev.stoker.spring;

import static dev.stoker.spring.StokerContexts.h2;
import static dev.stoker.spring.StokerContexts.h2Url;
import static dev.stoker.spring.StokerContexts.runner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.stoker.JobClient;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.monitoring.ServerInfo;
import dev.stoker.spring.jobs.GreetJobs;
import dev.stoker.spring.jobs.Greetings;
import dev.stoker.testing.TestClock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

class StokerAutoConfigurationTest {

  private static final Duration DEADLINE = Duration.ofSeconds(30);

  @Test
  void stoker_keeps_its_jobs_in_the_applications_data_source_and_runs_them_on_its_beans() {
    runner()
        .run(
            context -> {
              Stoker stoker = context.getBean(Stoker.class);
              assertThat(stoker.dataSource()).isSameAs(context.getBean(DataSource.class));
              assertThat(context).hasSingleBean(JobClient.class);

              JobId id = GreetJobs.enqueue("Ada");

              Greetings greetings = context.getBean(Greetings.class);
              await().atMost(DEADLINE).until(() -> greetings.count("Hello, Ada") == 1);
              await()
                  .atMost(DEADLINE)
                  .until(() -> stoker.monitoring().job(id).orElseThrow().state().isFinal());
              assertThat(stoker.monitoring().job(id).orElseThrow().state())
                  .isEqualTo(JobState.SUCCEEDED);
              assertThat(greetings.count("Hello, Ada")).isEqualTo(1);
            });
  }

  @Test
  void with_two_data_sources_the_property_chooses_the_one_for_jobs() {
    runner()
        .withUserConfiguration(TwoDataSources.class)
        .withPropertyValues("stoker.data-source=jobsDataSource")
        .run(
            context -> {
              Stoker stoker = context.getBean(Stoker.class);
              assertThat(stoker.dataSource()).isSameAs(context.getBean("jobsDataSource"));
              assertThat(stokerTables(context.getBean("jobsDataSource", DataSource.class)))
                  .isPositive();
              assertThat(stokerTables(context.getBean("appDataSource", DataSource.class))).isZero();

              GreetJobs.enqueue("Grace");
              Greetings greetings = context.getBean(Greetings.class);
              await().atMost(DEADLINE).until(() -> greetings.count("Hello, Grace") == 1);
            });
  }

  @Test
  void with_two_data_sources_and_no_property_startup_fails_naming_the_property() {
    runner()
        .withUserConfiguration(TwoDataSources.class)
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .isInstanceOf(StokerStartupException.class)
                  .hasMessageContaining("appDataSource, jobsDataSource")
                  .satisfies(
                      failure ->
                          assertThat(((StokerStartupException) failure).action())
                              .contains("stoker.data-source"));
            });
  }

  @Test
  void a_property_naming_no_data_source_fails_listing_the_ones_there_are() {
    runner()
        .withUserConfiguration(TwoDataSources.class)
        .withPropertyValues("stoker.data-source=jobs")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .isInstanceOf(StokerStartupException.class)
                    .hasMessageContaining("'jobs'")
                    .hasMessageContaining("appDataSource, jobsDataSource"));
  }

  @Test
  void with_two_data_sources_the_primary_one_is_taken() {
    runner()
        .withUserConfiguration(TwoDataSources.class, PrimaryDataSource.class)
        .run(
            context ->
                assertThat(context.getBean(Stoker.class).dataSource())
                    .isSameAs(context.getBean("primaryDataSource")));
  }

  @Test
  void properties_change_the_server() {
    runner()
        .withPropertyValues(
            "stoker.server.workers=3",
            "stoker.server.queues=slow,default",
            "stoker.server.heartbeat-interval=2s",
            "stoker.server.timeout=10s")
        .run(
            context -> {
              Stoker stoker = context.getBean(Stoker.class);
              List<ServerInfo> servers = stoker.monitoring().servers();
              assertThat(servers).hasSize(1);
              assertThat(servers.getFirst().id()).isEqualTo(stoker.serverId());
              assertThat(servers.getFirst().workers()).isEqualTo(3);
              assertThat(servers.getFirst().queues()).containsExactly("slow", "default");
            });
  }

  @Test
  void a_property_stoker_rejects_fails_startup_with_stokers_reason() {
    runner()
        .withPropertyValues("stoker.server.heartbeat-interval=5s", "stoker.server.timeout=5s")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("at least twice the heartbeat interval"));
  }

  @Test
  void without_its_server_a_node_only_creates_jobs_and_a_test_runs_them_on_its_own_clock() {
    TestClock clock = new TestClock(Instant.parse("2030-01-01T00:00:00Z"));
    runner()
        .withBean(TestClock.class, () -> clock)
        .withPropertyValues("stoker.server.enabled=false")
        .run(
            context -> {
              Stoker stoker = context.getBean(Stoker.class);
              assertThat(stoker.monitoring().servers()).isEmpty();
              JobId now = GreetJobs.enqueue("Now");
              JobId later = GreetJobs.schedule(Duration.ofHours(1), "Later");
              assertThat(stoker.monitoring().job(now).orElseThrow().createdAt())
                  .isEqualTo(clock.instant());

              assertThat(stoker.runDueJobs()).isEqualTo(1);
              clock.advance(Duration.ofHours(1));
              assertThat(stoker.runDueJobs()).isEqualTo(1);

              Greetings greetings = context.getBean(Greetings.class);
              assertThat(greetings.sent()).containsExactly("Hello, Now", "Hello, Later");
              assertThat(stoker.monitoring().job(later).orElseThrow().state())
                  .isEqualTo(JobState.SUCCEEDED);
            });
  }

  @Test
  void customizers_change_the_builder_after_the_properties() {
    runner()
        .withPropertyValues("stoker.server.workers=3")
        .withBean(StokerBuilderCustomizer.class, () -> builder -> builder.workers(5))
        .run(
            context ->
                assertThat(
                        context.getBean(Stoker.class).monitoring().servers().getFirst().workers())
                    .isEqualTo(5));
  }

  @Test
  void an_application_that_builds_its_own_stoker_keeps_it() {
    runner()
        .withBean(
            "ownStoker",
            Stoker.class,
            () -> Stoker.builder().withoutServer().build(),
            definition -> definition.setDestroyMethodName("close"))
        .run(
            context -> {
              assertThat(context).hasSingleBean(Stoker.class).doesNotHaveBean(JobClient.class);
              assertThat(context).doesNotHaveBean("stokerHealthIndicator");
            });
  }

  private static int stokerTables(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        ResultSet tables =
            connection
                .createStatement()
                .executeQuery(
                    "select count(*) from information_schema.tables"
                        + " where lower(table_name) like 'stoker%'")) {
      tables.next();
      return tables.getInt(1);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class TwoDataSources {

    @Bean
    DataSource appDataSource() {
      return h2(h2Url("app"));
    }

    @Bean
    DataSource jobsDataSource() {
      return h2(h2Url("jobs"));
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class PrimaryDataSource {

    @Bean
    @Primary
    DataSource primaryDataSource() {
      return h2(h2Url("primary"));
    }
  }
}

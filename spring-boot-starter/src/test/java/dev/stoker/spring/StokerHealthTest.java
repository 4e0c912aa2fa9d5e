package dev.stoker.spring;

import static dev.stoker.spring.StokerContexts.h2;
import static dev.stoker.spring.StokerContexts.h2Url;
import static dev.stoker.spring.StokerContexts.runner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.stoker.Stoker;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationContext;

class StokerHealthTest {

  @Test
  void a_running_server_is_up() {
    runner()
        .run(
            context -> {
              Health health = health(context);
              assertThat(health.getStatus()).isEqualTo(Status.UP);
              assertThat(health.getDetails())
                  .containsEntry("server", context.getBean(Stoker.class).serverId())
                  .containsKey("lastHeartbeat");
            });
  }

  @Test
  void a_node_that_only_creates_jobs_is_up_with_its_server_disabled() {
    runner()
        .withPropertyValues("stoker.server.enabled=false")
        .run(
            context -> {
              Health health = health(context);
              assertThat(health.getStatus()).isEqualTo(Status.UP);
              assertThat(health.getDetails()).containsEntry("server", "disabled");
            });
  }

  @Test
  void an_unreachable_database_is_down_on_every_node() {
    for (String server : new String[] {"true", "false"}) {
      CuttableDataSource dataSource = new CuttableDataSource(h2(h2Url("cut")));
      runner()
          .withBean(CuttableDataSource.class, () -> dataSource)
          .withPropertyValues("stoker.server.enabled=" + server)
          .run(
              context -> {
                dataSource.cut(true);
                try {
                  Health health = health(context);
                  assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                  assertThat(health.getDetails().get("reason").toString())
                      .isEqualTo(
                          "Stoker cannot reach its database: Connection refused: the database is"
                              + " out of reach");
                } finally {
                  dataSource.cut(false);
                }
              });
    }
  }

  @Test
  void a_server_whose_heartbeat_is_older_than_the_timeout_is_down() {
    runner()
        // No beat comes in between to set the heartbeat right again.
        .withPropertyValues("stoker.server.heartbeat-interval=1h", "stoker.server.timeout=2h")
        .run(
            context -> {
              Stoker stoker = context.getBean(Stoker.class);
              assertThat(health(context).getStatus()).isEqualTo(Status.UP);
              // The server beats once as it starts: set the heartbeat back only after that beat.
              await()
                  .atMost(Duration.ofSeconds(30))
                  .until(
                      () ->
                          stoker.monitoring().servers().stream()
                              .anyMatch(
                                  server ->
                                      server.id().equals(stoker.serverId())
                                          && server.heartbeatAt().isAfter(server.startedAt())));

              try (Connection connection = stoker.dataSource().getConnection();
                  PreparedStatement update =
                      connection.prepareStatement(
                          "update \"stoker_server\" set \"heartbeat_at\" = ? where \"id\" = ?")) {
                update.setObject(1, OffsetDateTime.now().minusHours(3));
                update.setString(2, stoker.serverId());
                assertThat(update.executeUpdate()).isEqualTo(1);
              }

              Health health = health(context);
              assertThat(health.getStatus()).isEqualTo(Status.DOWN);
              assertThat(health.getDetails().get("reason").toString())
                  .contains("past the server timeout of 7200 s");
            });
  }

  @Test
  void the_indicator_can_be_turned_off() {
    runner()
        .withPropertyValues("management.health.stoker.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean("stokerHealthIndicator"));
  }

  private static Health health(ApplicationContext context) {
    return context.getBean("stokerHealthIndicator", HealthIndicator.class).health(true);
  }
}

package dev.stoker.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.stoker.dashboard.StokerDashboard;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The sample as a user runs it: again and again on the same PostgreSQL, its dashboard open. */
class SampleRerunTest {

  @Test
  void the_sample_runs_twice_on_one_postgresql_with_its_dashboard() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      String url = postgres.getJdbcUrl("postgres", "postgres");
      for (int run = 1; run <= 2; run++) {
        try (HikariDataSource dataSource = SampleApp.dataSource(url);
            Sample sample = Sample.start(dataSource);
            StokerDashboard dashboard = StokerDashboard.start(sample.stoker(), 0)) {
          assertThat(sample.runScenario()).as("run " + run + " ended as expected").isTrue();

          HttpResponse<String> overview =
              HttpClient.newHttpClient()
                  .send(
                      HttpRequest.newBuilder(dashboard.uri()).build(),
                      HttpResponse.BodyHandlers.ofString());
          assertThat(overview.statusCode()).isEqualTo(200);
          assertThat(overview.body()).contains("Overview");
        }
      }
    }
  }
}

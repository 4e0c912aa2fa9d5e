package dev.stoker.sample.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Drives the sample over HTTP, as a browser or another service would. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleApplicationTest {

  private static final Duration DEADLINE = Duration.ofSeconds(30);

  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;

  @Test
  void a_signup_sends_one_welcome_email_and_a_second_one_with_that_email_rolls_back()
      throws Exception {
    HttpResponse<String> signup =
        post("/signups", "{\"name\":\"Ayşe\",\"email\":\"ayse@example.com\"}");
    assertThat(signup.statusCode()).isEqualTo(201);
    String job = signup.body().replaceAll(".*\"welcomeEmailJob\":\"([^\"]+)\".*", "$1");

    await().atMost(DEADLINE).until(() -> get("/jobs/" + job).body().contains("\"SUCCEEDED\""));
    assertThat(get("/mails").body())
        .isEqualTo("[{\"to\":\"ayse@example.com\",\"subject\":\"Welcome, Ayşe!\"}]");

    HttpResponse<String> again =
        post("/signups", "{\"name\":\"Ayşe again\",\"email\":\"ayse@example.com\"}");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(get("/mails").body()).doesNotContain("Ayşe again");
  }

  @Test
  void the_dashboard_answers_under_stoker_and_shows_the_welcome_email_job() throws Exception {
    HttpResponse<String> signup =
        post("/signups", "{\"name\":\"Grace\",\"email\":\"grace@example.com\"}");
    String job = signup.body().replaceAll(".*\"welcomeEmailJob\":\"([^\"]+)\".*", "$1");
    await().atMost(DEADLINE).until(() -> get("/jobs/" + job).body().contains("\"SUCCEEDED\""));

    HttpResponse<String> overview = get("/stoker/");
    assertThat(overview.statusCode()).isEqualTo(200);
    assertThat(overview.body()).contains("<title>Overview · Stoker</title>");

    HttpResponse<String> page = get("/stoker/jobs/" + job);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<title>welcomeEmail ")
        .contains("id=\"job-state\">Succeeded</span>");
  }

  @Test
  void the_health_endpoint_shows_stokers_server_up() throws Exception {
    HttpResponse<String> health = get("/actuator/health");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body())
        .containsPattern(
            "\"stoker\":\\{\"details\":\\{\"server\":\"[^\"]+\",\"queues\":\\[\"mail\",\"default\"\\]"
                + "[^}]*},\"status\":\"UP\"}");
  }

  private HttpResponse<String> post(String path, String json)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}

package dev.stoker.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.monitoring.HistoryEntry;
import dev.stoker.spring.app.Customers;
import dev.stoker.spring.app.ShopTest;
import dev.stoker.spring.app.WelcomeJobs;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard in the application's own web server, behind Spring Boot's default security: it
 * answers under /stoker to the signed-in user, and records their actions under their name.
 */
@ShopTest
class DashboardInTheApplicationTest {

  @LocalServerPort int port;
  @Autowired Stoker stoker;
  @Autowired Customers customers;

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Test
  void the_dashboard_answers_under_its_path_to_the_signed_in_user() throws Exception {
    HttpResponse<String> overview = send(signedIn("/stoker/").GET());

    assertThat(overview.statusCode()).isEqualTo(200);
    assertThat(overview.body()).contains("· Stoker</title>").contains(ShopTest.USER);
    assertThat(send(signedIn("/stoker").GET()).headers().firstValue("Location"))
        .hasValue("stoker/");
  }

  @Test
  void a_request_that_is_not_signed_in_never_reaches_the_dashboard() throws Exception {
    HttpResponse<String> anonymous = send(request("/stoker/").GET());

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).doesNotContain("Stoker");
  }

  @Test
  void an_action_is_recorded_in_the_jobs_history_as_done_by_the_signed_in_user() throws Exception {
    JobId id = WelcomeJobs.schedule(Duration.ofHours(1), customers.insert("Edsger"));
    String token = tokenFrom(send(signedIn("/stoker/jobs/" + id).GET()));

    HttpResponse<String> deleted =
        send(
            signedIn("/stoker/jobs/delete")
                .header("Origin", "http://localhost:" + port)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + token + "&id=" + id)));

    assertThat(deleted.statusCode()).isEqualTo(303);
    HistoryEntry last = stoker.monitoring().job(id).orElseThrow().history().getLast();
    assertThat(last.to()).isEqualTo(JobState.DELETED);
    assertThat(last.reason()).isEqualTo("Deleted by " + ShopTest.USER);
  }

  @Test
  void an_action_without_the_dashboards_own_token_is_refused_though_spring_csrf_lets_it_by()
      throws Exception {
    JobId id = WelcomeJobs.schedule(Duration.ofHours(1), customers.insert("Frances"));

    HttpResponse<String> refused =
        send(
            signedIn("/stoker/jobs/delete")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("id=" + id)));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("form token");
    assertThat(stoker.monitoring().job(id).orElseThrow().state()).isEqualTo(JobState.SCHEDULED);
  }

  /** The form token the page set as its cookie. */
  private String tokenFrom(HttpResponse<String> page) {
    assertThat(page.statusCode()).isEqualTo(200);
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("stoker-csrf"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("The dashboard set no form token"))
        .getValue();
  }

  private HttpRequest.Builder signedIn(String path) {
    String credentials = ShopTest.USER + ":" + ShopTest.PASSWORD;
    return request(path)
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}

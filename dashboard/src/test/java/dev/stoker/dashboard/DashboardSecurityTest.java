package dev.stoker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.dashboard.jobs.DashFailsJobs;
import dev.stoker.dashboard.jobs.DashSignupJobs;
import dev.stoker.schedule.Schedule;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's defences over HTTP: who is answered, which posts are taken, which headers every
 * answer carries, and that a redacted argument leaves the server in no answer.
 */
class DashboardSecurityTest {

  private static final String SECRET = "ayse.secret@example.com";
  private static final List<String> PAGES =
      List.of("", "jobs", "jobs?state=FAILED", "queues", "recurring", "servers", "batches");

  private static Stoker stoker;
  private static StokerDashboard local;
  private static StokerDashboard readOnly;
  private static StokerDashboard pauseOnly;
  private static StokerDashboard redacting;
  private static Server proxied;
  private static JobId failed;
  private static JobId signup;

  @BeforeAll
  static void start() throws Exception {
    stoker = Stoker.builder().withoutServer().start();
    failed = DashFailsJobs.enqueue("security", "boom");
    signup = DashSignupJobs.enqueue("security", SECRET);
    DashSignupJobs.recurring("digest", Schedule.dailyAt(3, 0)).register("digest", SECRET);
    stoker.runDueJobs();
    local = StokerDashboard.start(stoker, 0);
    readOnly =
        StokerDashboard.builder(stoker)
            .port(0)
            .authorization(request -> DashboardAccess.readOnly())
            .start();
    pauseOnly =
        StokerDashboard.builder(stoker)
            .port(0)
            .authorization(request -> DashboardAccess.only(DashboardAction.PAUSE_QUEUE))
            .start();
    redacting =
        StokerDashboard.builder(stoker)
            .port(0)
            .authorization(request -> DashboardAccess.full().as("alice"))
            .redactArguments(ArgumentRedactor.fields("email"))
            .start();
    proxied = behindProxy(StokerDashboard.builder(stoker).servlet());
  }

  /** A server that takes the client's address from X-Forwarded-For, as behind a reverse proxy. */
  private static Server behindProxy(StokerDashboardServlet servlet) throws Exception {
    Server server = new Server();
    HttpConfiguration config = new HttpConfiguration();
    config.addCustomizer(new ForwardedRequestCustomizer());
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(config));
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.addServlet(new ServletHolder(servlet), "/stoker/*");
    server.setHandler(context);
    server.start();
    return server;
  }

  @AfterAll
  static void stop() throws Exception {
    for (StokerDashboard dashboard : List.of(local, readOnly, pauseOnly, redacting)) {
      dashboard.close();
    }
    proxied.stop();
    stoker.close();
  }

  private static URI proxiedRoot() {
    return URI.create("http://127.0.0.1:" + proxied.getURI().getPort() + "/stoker/");
  }

  private static Map<String, List<String>> form(String token, String field, String value) {
    return Map.of("csrf", List.of(token), field, List.of(value));
  }

  @Test
  void local_requests_are_answered_and_the_dashboard_is_bound_to_loopback() {
    assertThat(local.uri().getHost()).isEqualTo("127.0.0.1");
    assertThat(new Http(local.uri()).get("").statusCode()).isEqualTo(200);
    assertThat(Http.statusWithHost(local.uri(), "localhost:" + local.port())).contains(" 200 ");
    assertThat(Http.statusWithHost(local.uri(), "[::1]:" + local.port())).contains(" 200 ");
  }

  @Test
  void a_foreign_host_header_gets_403_without_an_authorization_hook() {
    assertThat(Http.statusWithHost(local.uri(), "attacker.example")).contains(" 403 ");
    assertThat(Http.statusWithHost(local.uri(), "attacker.example:" + local.port()))
        .contains(" 403 ");
    assertThat(Http.statusWithHost(local.uri(), "localhost.attacker.example")).contains(" 403 ");
  }

  @Test
  void a_request_a_proxy_forwarded_gets_403_without_an_authorization_hook() {
    Http http = new Http(local.uri());
    for (String header : List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Real-IP")) {
      assertThat(http.get("", header, "203.0.113.7").statusCode()).as(header).isEqualTo(403);
    }
    assertThat(http.get("").statusCode()).isEqualTo(200);
  }

  @Test
  void a_request_from_another_machine_gets_403_without_an_authorization_hook() {
    Http http = new Http(proxiedRoot());
    assertThat(http.get("").statusCode()).as("from this machine").isEqualTo(200);

    var remote =
        new Http(proxiedRoot()).post("jobs/requeue", Map.of(), "X-Forwarded-For", "203.0.113.7");
    assertThat(remote.statusCode()).isEqualTo(403);
    assertThat(remote.body()).doesNotContain("boom");
  }

  @Test
  void a_post_without_the_token_or_from_another_origin_gets_403() {
    Http http = new Http(local.uri());
    String token = http.token();

    assertThat(http.post("queues/pause", Map.of("queue", List.of("mail"))).statusCode())
        .isEqualTo(403);
    assertThat(http.post("queues/pause", form("forged", "queue", "mail")).statusCode())
        .isEqualTo(403);
    assertThat(
            http.post("queues/pause", form(token, "queue", "mail"), "Origin", "http://evil.example")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            http.post("queues/pause", form(token, "queue", "mail"), "Sec-Fetch-Site", "cross-site")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            new Http(local.uri()).post("queues/pause", form(token, "queue", "mail")).statusCode())
        .as("the token of another client, without its cookie")
        .isEqualTo(403);
    assertThat(stoker.monitoring().pausedQueues()).isEmpty();
    var bulk = Map.of("kind", List.of("REQUEUE"), "state", List.of("FAILED"));
    assertThat(http.post("jobs/bulk", bulk, "Origin", http.origin()).statusCode())
        .as("a bulk requeue without the token")
        .isEqualTo(403);
    assertThat(stoker.monitoring().job(failed).orElseThrow().state()).isEqualTo(JobState.FAILED);

    var accepted =
        http.post(
            "queues/pause",
            form(token, "queue", "mail"),
            "Origin",
            http.origin(),
            "Sec-Fetch-Site",
            "same-origin");
    assertThat(accepted.statusCode()).isEqualTo(303);
    assertThat(accepted.headers().firstValue("Location")).hasValue("../queues?done=paused&ok=1");
    assertThat(stoker.monitoring().pausedQueues())
        .singleElement()
        .satisfies(pause -> assertThat(pause.pausedBy()).isEqualTo("dashboard user at 127.0.0.1"));
    stoker.client().resumeQueue("mail");
  }

  @Test
  void read_only_access_shows_no_action_and_refuses_every_one() {
    Http http = new Http(readOnly.uri());
    String token = http.token();
    for (String page : PAGES) {
      assertThat(http.get(page).body()).as(page).doesNotContain("method=\"post\"");
    }
    assertThat(http.get("jobs/" + failed).body()).doesNotContain("Requeue");

    for (String action :
        List.of(
            "jobs/requeue",
            "jobs/delete",
            "queues/pause",
            "queues/resume",
            "recurring/trigger",
            "recurring/remove",
            "jobs/bulk")) {
      var form =
          Map.of(
              "csrf", List.of(token),
              "id", List.of(action.startsWith("jobs") ? failed.toString() : "digest"),
              "queue", List.of("mail"),
              "kind", List.of("REQUEUE"),
              "state", List.of("FAILED"));
      assertThat(http.post(action, form, "Origin", http.origin()).statusCode())
          .as(action)
          .isEqualTo(403);
    }
    assertThat(stoker.monitoring().job(failed).orElseThrow().state()).isEqualTo(JobState.FAILED);
    assertThat(stoker.monitoring().pausedQueues()).isEmpty();
    assertThat(stoker.monitoring().recurringJob("digest")).isPresent();
  }

  @Test
  void a_set_of_permitted_actions_allows_those_and_refuses_the_others() {
    Http http = new Http(pauseOnly.uri());
    String token = http.token();

    assertThat(
            http.post("jobs/requeue", form(token, "id", failed.toString()), "Origin", http.origin())
                .statusCode())
        .isEqualTo(403);
    assertThat(
            http.post("queues/pause", form(token, "queue", "held"), "Origin", http.origin())
                .statusCode())
        .isEqualTo(303);
    assertThat(stoker.monitoring().job(failed).orElseThrow().state()).isEqualTo(JobState.FAILED);
    assertThat(stoker.client().resumeQueue("held")).isTrue();
  }

  @Test
  void every_answer_carries_the_security_headers() {
    Http http = new Http(local.uri());
    List<String> paths = new java.util.ArrayList<>(PAGES);
    paths.addAll(
        List.of(
            "jobs/" + failed,
            "jobs/" + JobId.parse("00000000-0000-7000-8000-000000000000"),
            "no-such-page",
            "jobs?state=NOPE",
            "static/dashboard.js",
            "api/throughput"));
    for (String path : paths) {
      HttpResponse<String> response = http.get(path);
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains("script-src 'self'")
                      .contains("frame-ancestors 'none'")
                      .doesNotContain("unsafe-inline"));
      assertThat(response.headers().firstValue("X-Content-Type-Options"))
          .as(path)
          .hasValue("nosniff");
    }
    assertThat(Http.statusWithHost(local.uri(), "evil.example")).contains("403");
    var refused =
        new Http(proxiedRoot()).post("jobs/requeue", Map.of(), "X-Forwarded-For", "203.0.113.7");
    assertThat(refused.headers().firstValue("Content-Security-Policy")).isPresent();
  }

  @Test
  void a_redacted_argument_appears_in_no_answer() {
    Http http = new Http(redacting.uri());
    List<String> paths = new java.util.ArrayList<>(PAGES);
    paths.addAll(
        List.of("jobs/" + signup, "jobs?name=dash.signup", "search?q=" + signup, "api/throughput"));
    for (String path : paths) {
      HttpResponse<String> response = http.get(path);
      assertThat(response.statusCode()).as(path).isIn(200, 303);
      assertThat(response.body()).as(path).doesNotContain(SECRET).doesNotContain("ayse.secret");
    }
    assertThat(http.get("jobs/" + signup).body()).contains("\"email\":\"***\"");
    assertThat(new Http(local.uri()).get("jobs/" + signup).body())
        .as("the same job on a dashboard that does not redact")
        .contains("ayse.secret@example.com");
  }

  @Test
  void an_action_is_recorded_as_done_by_the_user_the_hook_names() {
    JobId job = DashFailsJobs.enqueue("security-requeue", "boom");
    stoker.runDueJobs();
    Http http = new Http(redacting.uri());

    var response =
        http.post(
            "jobs/requeue",
            Map.of(
                "csrf",
                List.of(http.token()),
                "id",
                List.of(job.toString()),
                "back",
                List.of("jobs/" + job)),
            "Origin",
            http.origin());

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location"))
        .hasValue("../jobs/" + job + "?done=requeued&ok=1");
    assertThat(stoker.monitoring().job(job).orElseThrow().history().getLast().reason())
        .isEqualTo("Requeued by alice");
  }
}

package dev.stoker.bench;

import dev.stoker.Stoker;
import dev.stoker.dashboard.StokerDashboard;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * The dashboard at scale (issue 13): Stoker's tables filled with {@code --dashboard-jobs} jobs, the
 * dashboard started on them, and each page fetched by twenty dashboards at once; the p95 of each
 * page, the database's work per overview with one dashboard and with twenty, and the query plans of
 * the lists, the deep page, the argument search and the counts.
 */
final class DashboardWorkload {

  private static final int DASHBOARDS = 20;
  private static final int REQUESTS_EACH = 10;

  private final PostgresServer server;
  private final int jobs;

  DashboardWorkload(PostgresServer server, int jobs) {
    this.server = server;
    this.jobs = jobs;
  }

  String run() throws Exception {
    StringBuilder out = new StringBuilder();
    try (FreshDatabase database = server.freshDatabase()) {
      DataSource pool = database.pool(DASHBOARDS + 4);
      CountingDataSource counted = new CountingDataSource(pool);
      try (Stoker stoker = Stoker.builder().dataSource(counted).withoutServer().start()) {
        long filling = System.nanoTime();
        DashboardData.fill(pool, jobs);
        out.append(
            "### Dashboard at %,d jobs\n\nGenerated in %.0f s (INSERT ... SELECT generate_series,"
                    .formatted(jobs, (System.nanoTime() - filling) / 1e9)
                + " GIN index on the arguments, VACUUM ANALYZE). %d dashboards at once, %d"
                    .formatted(DASHBOARDS, REQUESTS_EACH)
                + " requests each per page, after one warm-up request.\n\n");
        try (StokerDashboard dashboard = StokerDashboard.builder(stoker).port(0).start()) {
          Map<String, String> pages = pages(pool);
          out.append("| page | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|\n");
          for (var page : pages.entrySet()) {
            Latencies latencies = time(dashboard.uri().resolve(page.getValue()));
            out.append(
                "| %s | %.0f | %.0f | %.0f |\n"
                    .formatted(
                        page.getKey(),
                        latencies.percentile(50),
                        latencies.percentile(95),
                        latencies.percentile(100)));
          }
          out.append('\n').append(load(dashboard.uri(), counted)).append('\n');
        }
        out.append(plans(pool, deepKey(pool)));
      }
    }
    return out.toString();
  }

  /** The pages timed, by what they show; the deep page's key found in the database. */
  private Map<String, String> pages(DataSource pool) throws SQLException {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("overview", "");
    pages.put("all jobs", "jobs");
    for (String state : List.of("SUCCEEDED", "FAILED", "ENQUEUED", "SCHEDULED", "DELETED")) {
      pages.put(state.toLowerCase() + " jobs", "jobs?state=" + state);
    }
    pages.put("one job name", "jobs?name=bench.job-7");
    pages.put("one queue, failed", "jobs?state=FAILED&queue=mail");
    String deep = deepKey(pool);
    pages.put("succeeded, 100,000 deep", "jobs?state=SUCCEEDED&older=" + deep);
    pages.put("a job", "jobs/" + deep);
    pages.put(
        "argument search",
        "jobs?arg=" + URLEncoder.encode("userId = 4242", StandardCharsets.UTF_8));
    String failedArgument =
        "jobs?state=FAILED&arg=" + URLEncoder.encode("userId = 4200", StandardCharsets.UTF_8);
    pages.put("argument search, failed", failedArgument);
    // The counts a person asks for with "count matches": cut at 10,000 or after a second.
    pages.put("deleted jobs, counted on request", "jobs?state=DELETED&count=1");
    pages.put("failed jobs, counted on request", "jobs?state=FAILED&count=1");
    pages.put("argument search, failed, counted on request", failedArgument + "&count=1");
    return pages;
  }

  private static String deepKey(DataSource pool) throws SQLException {
    try (Connection connection = pool.getConnection();
        Statement sql = connection.createStatement();
        ResultSet row =
            sql.executeQuery(
                "select id from stoker_job where state = 'SUCCEEDED' order by id desc"
                    + " offset 100000 limit 1")) {
      row.next();
      return row.getString(1);
    }
  }

  /** Each of twenty dashboards fetches the page ten times; every request's time. */
  private static Latencies time(URI page) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    fetch(http, page);
    ExecutorService dashboards = Executors.newFixedThreadPool(DASHBOARDS);
    try {
      List<Future<double[]>> each = new ArrayList<>();
      for (int d = 0; d < DASHBOARDS; d++) {
        each.add(
            dashboards.submit(
                () -> {
                  double[] millis = new double[REQUESTS_EACH];
                  for (int r = 0; r < REQUESTS_EACH; r++) {
                    long start = System.nanoTime();
                    fetch(http, page);
                    millis[r] = (System.nanoTime() - start) / 1e6;
                  }
                  return millis;
                }));
      }
      List<Double> all = new ArrayList<>();
      for (Future<double[]> future : each) {
        for (double millis : future.get()) {
          all.add(millis);
        }
      }
      return new Latencies(all.stream().mapToDouble(Double::doubleValue).toArray());
    } finally {
      dashboards.shutdownNow();
    }
  }

  private static void fetch(HttpClient http, URI page) throws Exception {
    HttpResponse<String> response =
        http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(page + " answered " + response.statusCode());
    }
  }

  /**
   * The statements the database got per overview, with one dashboard and with twenty fetching it at
   * once for a few seconds: the overview's reads are shared, so twenty cost what one does.
   */
  private static String load(URI root, CountingDataSource counted) throws Exception {
    StringBuilder out =
        new StringBuilder("| dashboards at once | overviews | statements | per overview |\n");
    out.append("|---:|---:|---:|---:|\n");
    for (int dashboards : List.of(1, DASHBOARDS)) {
      HttpClient http = HttpClient.newHttpClient();
      long before = counted.statements();
      ExecutorService pool = Executors.newFixedThreadPool(dashboards);
      List<Future<?>> done = new ArrayList<>();
      for (int d = 0; d < dashboards; d++) {
        done.add(
            pool.submit(
                () -> {
                  for (int r = 0; r < REQUESTS_EACH; r++) {
                    fetch(http, root);
                  }
                  return null;
                }));
      }
      for (Future<?> future : done) {
        future.get();
      }
      pool.shutdownNow();
      long statements = counted.statements() - before;
      long overviews = (long) dashboards * REQUESTS_EACH;
      out.append(
          "| %d | %d | %,d | %.1f |\n"
              .formatted(dashboards, overviews, statements, (double) statements / overviews));
    }
    return out.toString();
  }

  /** EXPLAIN (ANALYZE) of the statements behind the pages: the index each one uses. */
  private static String plans(DataSource pool, String deepKey) throws SQLException {
    Map<String, String> queries = new LinkedHashMap<>();
    String columns = "select id, name, queue, state, arguments from stoker_job";
    queries.put("failed jobs", columns + " where state = 'FAILED' order by id desc limit 51");
    queries.put("all jobs", columns + " order by id desc limit 51");
    queries.put(
        "succeeded, 100,000 deep",
        columns
            + " where state = 'SUCCEEDED' and id < '"
            + deepKey
            + "' order by id desc limit 51");
    queries.put(
        "argument search",
        columns
            + " where (arguments @> '{\"userId\":4242}'::jsonb or arguments @>"
            + " '{\"userId\":\"4242\"}'::jsonb) order by id desc limit 51");
    queries.put("one job name", columns + " where name = 'bench.job-7' order by id desc limit 51");
    queries.put(
        "succeeded count, cut at 10,000",
        "select count(*) from (select 1 from stoker_job where state = 'SUCCEEDED' limit 10000) c");
    queries.put(
        "failed count, cut at 10,000",
        "select count(*) from (select 1 from stoker_job where state = 'FAILED' limit 10000) c");
    queries.put("deleted jobs", columns + " where state = 'DELETED' order by id desc limit 51");
    String failedArgument =
        " where state = 'FAILED' and (arguments @> '{\"userId\":4200}'::jsonb or arguments @>"
            + " '{\"userId\":\"4200\"}'::jsonb)";
    queries.put("argument search, failed", columns + failedArgument + " order by id desc limit 51");
    queries.put(
        "deleted count, cut at 10,000 (on request)",
        "select count(*) from (select 1 from stoker_job where state = 'DELETED' limit 10000) c");
    queries.put(
        "argument search, failed, count cut at 10,000 (on request)",
        "select count(*) from (select 1 from stoker_job" + failedArgument + " limit 10000) c");
    queries.put(
        "queues with enqueued jobs (skip scan)",
        "with recursive queues(queue) as (select min(queue) from stoker_job where state ="
            + " 'ENQUEUED' union all select (select min(queue) from stoker_job where state ="
            + " 'ENQUEUED' and queue > queues.queue) from queues where queues.queue is not null)"
            + " select queue from queues where queue is not null");
    String firstOfQueue =
        " from stoker_job where state = 'ENQUEUED' and queue = 'mail' order by priority desc, id"
            + " limit 10000) f";
    queries.put(
        "a queue's enqueued jobs, cut at 10,000",
        "select count(*), min(run_at) from (select run_at" + firstOfQueue);
    queries.put(
        "a queue's jobs no server runs, among its first 10,000",
        "select name, count(*) from (select name" + firstOfQueue + " group by name");
    queries.put(
        "daily graph, summed per day",
        "select (cast(extract(epoch from minute) as bigint) - extract(epoch from"
            + " date_trunc('day', now() - interval '29 days'))::bigint) / 86400, sum(succeeded),"
            + " sum(failed), sum(retried) from stoker_job_statistics where minute >="
            + " date_trunc('day', now() - interval '29 days') group by 1");
    // The deep page's "is there a newer page" check, as a connection runs it once its prepared
    // statement takes PostgreSQL's generic plan (after five executions): as a bare EXISTS, and
    // ordered from the page's edge outwards, as Stoker asks it.
    queries.put(
        "deep page's newer check as EXISTS, generic plan",
        "execute newer_exists('SUCCEEDED', '" + deepKey + "')");
    queries.put(
        "deep page's newer check ordered by id, generic plan",
        "execute newer_first('SUCCEEDED', '" + deepKey + "')");
    StringBuilder out = new StringBuilder("\n#### Query plans (EXPLAIN ANALYZE)\n\n");
    try (Connection connection = pool.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("set plan_cache_mode = force_generic_plan");
      sql.execute(
          "prepare newer_exists(varchar, uuid) as select exists (select 1 from stoker_job"
              + " where state = $1 and id > $2)");
      sql.execute(
          "prepare newer_first(varchar, uuid) as select 1 from stoker_job where state = $1 and"
              + " id > $2 order by id limit 1");
      for (var query : queries.entrySet()) {
        out.append("*").append(query.getKey()).append("*\n\n```\n");
        try (ResultSet plan =
            sql.executeQuery("explain (analyze, costs off) " + query.getValue())) {
          while (plan.next()) {
            out.append(plan.getString(1)).append('\n');
          }
        }
        out.append("```\n\n");
      }
    }
    return out.toString();
  }
}

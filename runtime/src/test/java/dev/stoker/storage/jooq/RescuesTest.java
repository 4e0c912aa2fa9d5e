package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_SERVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.job.Parents;
import dev.stoker.monitoring.HistoryEntry;
import dev.stoker.monitoring.ServerInfo;
import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.JobStore;
import dev.stoker.storage.NewJob;
import dev.stoker.storage.Rescue;
import dev.stoker.storage.ServerRegistration;
import dev.stoker.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Handing back the jobs of servers that are gone, judged by the database's clock. */
class RescuesTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
  private static final List<String> NAMES = List.of("mail.welcome");

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void jobs_of_dead_and_unregistered_servers_go_back_and_a_live_servers_stay(TestDatabase database)
      throws Exception {
    try (TestDatabase.Handle db = database.create()) {
      new SchemaMigrator(db.dataSource(), database.dialect()).migrate();
      DSLContext dsl = DSL.using(db.dataSource(), database.dialect());
      JobStore store = JooqJobStore.owningTransactions(dsl);
      JooqServerStore servers = new JooqServerStore(dsl);
      store.insert(jobs(6), NOW, false);
      servers.register(server("dead"));
      servers.register(server("alive"));
      List<ClaimedJob> ofDead = store.claim("dead", "default", NAMES, 2, NOW);
      List<ClaimedJob> ofAlive = store.claim("alive", "default", NAMES, 2, NOW);
      List<ClaimedJob> ofGhost = store.claim("ghost", "default", NAMES, 1, NOW);
      // The dead server's last beat was an hour ago by the database's clock.
      dsl.update(STOKER_SERVER)
          .set(STOKER_SERVER.HEARTBEAT_AT, Instant.now().minus(Duration.ofHours(1)))
          .where(STOKER_SERVER.ID.eq("dead"))
          .execute();

      List<Rescue> rescues = servers.rescueJobsOfDeadServers("alive", Duration.ofMinutes(1), NOW);

      assertThat(rescues)
          .extracting(Rescue::serverId, Rescue::jobs)
          .containsExactlyInAnyOrder(tuple("dead", 2), tuple("ghost", 1));
      assertThat(servers.servers()).extracting(ServerInfo::id).containsExactly("alive");
      for (ClaimedJob job : ofDead) {
        HistoryEntry last = store.find(job.id()).orElseThrow().history().getLast();
        assertThat(last.to()).isEqualTo(JobState.ENQUEUED);
        assertThat(last.reason()).startsWith("Server dead stopped beating its heartbeat");
        assertThat(last.serverId()).isEqualTo("alive");
      }
      assertThat(store.find(ofGhost.getFirst().id()).orElseThrow().history().getLast().reason())
          .isEqualTo("Server ghost, which ran it, is no longer registered: handed back");
      for (ClaimedJob job : ofAlive) {
        assertThat(store.find(job.id()).orElseThrow().state()).isEqualTo(JobState.PROCESSING);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void claims_a_server_does_not_know_it_holds_go_back(TestDatabase database) {
    try (TestDatabase.Handle db = database.create()) {
      new SchemaMigrator(db.dataSource(), database.dialect()).migrate();
      DSLContext dsl = DSL.using(db.dataSource(), database.dialect());
      JobStore store = JooqJobStore.owningTransactions(dsl);
      JooqServerStore servers = new JooqServerStore(dsl);
      store.insert(jobs(3), NOW, false);
      servers.register(server("server-1"));
      List<ClaimedJob> claimed = store.claim("server-1", "default", NAMES, 3, NOW);

      // The server runs the first; the answer to the claim of the others was lost.
      int handedBack =
          servers.handBackUnknownClaims("server-1", Set.of(claimed.getFirst().id()), NOW);

      assertThat(handedBack).isEqualTo(2);
      assertThat(store.counts().count(JobState.PROCESSING)).isEqualTo(1);
      assertThat(servers.attemptsNoLongerHeld("server-1", claimed))
          .containsExactlyInAnyOrder(claimed.get(1), claimed.get(2));
    }
  }

  private static ServerRegistration server(String id) {
    return new ServerRegistration(id, "host", 1, List.of("default"), 4, Set.copyOf(NAMES));
  }

  private static List<NewJob> jobs(int count) {
    List<NewJob> jobs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      jobs.add(
          new NewJob(
              new JobId(UUID.randomUUID()),
              "mail.welcome",
              "default",
              0,
              JobState.ENQUEUED,
              "{}",
              0,
              NOW,
              NOW,
              "Enqueued",
              null,
              Parents.NONE));
    }
    return jobs;
  }
}

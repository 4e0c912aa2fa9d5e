package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.jobs.ArgumentTypeJobs.Address;
import dev.stoker.jobs.ArgumentTypeJobs.Received;
import dev.stoker.jobs.ArgumentTypeJobs.Shipment;
import dev.stoker.jobs.Executions;
import dev.stoker.jobs.TestAllTypesJobs;
import dev.stoker.jobs.TestRecordJobs;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Arguments are stored as readable JSON and come back exactly; bad ones are refused at once. */
class ArgumentsTest extends DatabaseTest {

  private Stoker stoker;

  @BeforeEach
  void startStoker() {
    stoker =
        closeAfter(
            Stoker.builder()
                .dataSource(db.dataSource())
                .maxArgumentBytes(4096)
                .withoutServer()
                .start());
  }

  private final Received sent =
      new Received(
          true,
          (byte) -7,
          (short) 30_000,
          Integer.MIN_VALUE,
          Long.MAX_VALUE,
          0.1f,
          1e-7,
          'ş',
          42,
          "Hoş geldin \"Ayşe\" \\ 🎉\ttab\nline\rreturn \\N",
          null,
          UUID.fromString("0191a2b3-c4d5-7e6f-8a9b-0c1d2e3f4a5b"),
          new BigDecimal("12345678901234567890.1230"),
          new BigInteger("-98765432109876543210987654321"),
          Instant.parse("2026-11-23T05:16:00.123456789Z"),
          LocalDate.of(2024, 2, 29),
          LocalTime.of(3, 0),
          LocalDateTime.of(2026, 3, 29, 2, 30),
          OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(3)),
          ZonedDateTime.of(2026, 10, 25, 3, 30, 0, 0, ZoneId.of("Europe/Istanbul")),
          Duration.ofMinutes(90),
          ZoneId.of("America/New_York"),
          DayOfWeek.FRIDAY,
          List.of("b", "a", "b"),
          Set.of(3L, 1L, 2L),
          List.of(List.of(1, 2), List.of(), List.of(3)),
          new Shipment(
              new Address("İstiklal Caddesi", 12, null),
              List.of(new Address("Bağdat Caddesi", 7, "ring twice")),
              DayOfWeek.MONDAY));

  @Test
  void every_allowed_argument_type_comes_back_exactly_as_sent() {
    enqueueSent(TestAllTypesJobs.using(stoker.client()));

    stoker.runDueJobs();

    Received got = (Received) Executions.of(token).getFirst().value();
    assertThat(got).usingRecursiveComparison().isEqualTo(sent);
    assertThat(got.price().scale()).isEqualTo(4);
    assertThatThrownBy(() -> got.tags().add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void arguments_of_a_batchs_jobs_come_back_exactly_as_sent() {
    // A batch's rows travel otherwise than a single job's (COPY on PostgreSQL): its escapes too.
    stoker
        .client()
        .batch(
            batch -> {
              for (int i = 0; i < 3; i++) {
                enqueueSent(TestAllTypesJobs.in(batch));
              }
            });

    stoker.runDueJobs();

    assertThat(Executions.of(token)).hasSize(3);
    for (Executions.Execution execution : Executions.of(token)) {
      assertThat((Received) execution.value()).usingRecursiveComparison().isEqualTo(sent);
    }
  }

  private void enqueueSent(TestAllTypesJobs.Submitter submitter) {
    Received r = sent;
    submitter.enqueue(
        token,
        r.flag(),
        r.tiny(),
        r.small(),
        r.count(),
        r.id(),
        r.ratio(),
        r.amount(),
        r.grade(),
        42,
        r.text(),
        r.nothing(),
        r.uuid(),
        r.price(),
        r.huge(),
        r.instant(),
        r.date(),
        r.time(),
        r.dateTime(),
        r.offsetDateTime(),
        r.zonedDateTime(),
        r.duration(),
        r.zone(),
        r.day(),
        r.tags(),
        r.ids(),
        r.matrix(),
        r.shipment());
  }

  @Test
  void stored_arguments_are_a_readable_json_object_named_by_parameter() {
    var id = TestRecordJobs.enqueue(token);

    String json = stoker.monitoring().job(id).orElseThrow().arguments();

    assertThat(json.replace(" ", "")).isEqualTo("{\"token\":\"" + token + "\"}");
  }

  @Test
  void null_for_a_parameter_that_is_not_nullable_is_refused_and_nothing_is_stored() {
    assertThatThrownBy(() -> TestRecordJobs.enqueue(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Argument 'token' of job 'test.record' is null, but the parameter is not @Nullable:"
                + " pass a value, or annotate it @Nullable.");
    assertThatThrownBy(
            () ->
                TestAllTypesJobs.enqueue(
                    token,
                    true,
                    (byte) 0,
                    (short) 0,
                    0,
                    0,
                    0,
                    0,
                    'x',
                    1,
                    "t",
                    null,
                    UUID.randomUUID(),
                    BigDecimal.ONE,
                    BigInteger.ONE,
                    Instant.EPOCH,
                    LocalDate.EPOCH,
                    LocalTime.NOON,
                    LocalDateTime.MIN,
                    OffsetDateTime.MIN,
                    sent.zonedDateTime(),
                    Duration.ZERO,
                    ZoneOffset.UTC,
                    DayOfWeek.MONDAY,
                    Arrays.asList("a", null),
                    Set.of(),
                    List.of(),
                    sent.shipment()))
        .hasMessage(
            "Argument 'tags[1]' of job 'test.all-types' is null: lists and sets of job arguments"
                + " cannot hold null.");
    assertThat(stoker.monitoring().counts().byQueue()).isEmpty();
  }

  @Test
  void arguments_over_the_size_limit_are_refused_and_nothing_is_stored() {
    String large = "x".repeat(5000);

    assertThatThrownBy(() -> TestRecordJobs.enqueue(large))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "The arguments of job 'test.record' take 5012 bytes, over the limit of 4096")
        .hasMessageContaining("pass ids and load the data inside the job");
    assertThat(stoker.monitoring().counts().count(JobState.ENQUEUED)).isZero();
  }
}

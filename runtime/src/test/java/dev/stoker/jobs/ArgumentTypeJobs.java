package dev.stoker.jobs;

import dev.stoker.JobContext;
import dev.stoker.annotation.Job;
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
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A job taking every kind of argument Stoker stores; it records what it received. */
public class ArgumentTypeJobs {

  /** A value object: allowed because every component is. */
  public record Address(String street, int number, @Nullable String note) {}

  /** A record inside a record. */
  public record Shipment(Address to, List<Address> stops, DayOfWeek day) {}

  /** What one run received. */
  public record Received(
      boolean flag,
      byte tiny,
      short small,
      int count,
      long id,
      float ratio,
      double amount,
      char grade,
      Integer boxed,
      String text,
      String nothing,
      UUID uuid,
      BigDecimal price,
      BigInteger huge,
      Instant instant,
      LocalDate date,
      LocalTime time,
      LocalDateTime dateTime,
      OffsetDateTime offsetDateTime,
      ZonedDateTime zonedDateTime,
      Duration duration,
      ZoneId zone,
      DayOfWeek day,
      List<String> tags,
      Set<Long> ids,
      List<List<Integer>> matrix,
      Shipment shipment) {}

  @Job(name = "test.all-types")
  public void allTypes(
      String token,
      boolean flag,
      byte tiny,
      short small,
      int count,
      long id,
      float ratio,
      double amount,
      char grade,
      Integer boxed,
      String text,
      @Nullable String nothing,
      UUID uuid,
      BigDecimal price,
      BigInteger huge,
      Instant instant,
      LocalDate date,
      LocalTime time,
      LocalDateTime dateTime,
      OffsetDateTime offsetDateTime,
      ZonedDateTime zonedDateTime,
      Duration duration,
      ZoneId zone,
      DayOfWeek day,
      List<String> tags,
      Set<Long> ids,
      List<List<Integer>> matrix,
      Shipment shipment,
      JobContext context) {
    Received received =
        new Received(
            flag,
            tiny,
            small,
            count,
            id,
            ratio,
            amount,
            grade,
            boxed,
            text,
            nothing,
            uuid,
            price,
            huge,
            instant,
            date,
            time,
            dateTime,
            offsetDateTime,
            zonedDateTime,
            duration,
            zone,
            day,
            tags,
            ids,
            matrix,
            shipment);
    Executions.record(token, context.id(), context.attempt(), received);
  }
}

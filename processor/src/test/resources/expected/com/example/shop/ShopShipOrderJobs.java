package com.example.shop;

import dev.stoker.BatchId;
import dev.stoker.JobClient;
import dev.stoker.JobId;
import dev.stoker.annotation.Misfire;
import dev.stoker.codec.ArgumentCodec;
import dev.stoker.codec.ArgumentReader;
import dev.stoker.codec.Codecs;
import dev.stoker.job.Batch;
import dev.stoker.job.JobArguments;
import dev.stoker.job.JobDefinition;
import dev.stoker.job.JobHandler;
import dev.stoker.job.JobInvocation;
import dev.stoker.job.JobSubmitter;
import dev.stoker.job.Recurrence;
import dev.stoker.job.RecurringRegistration;
import dev.stoker.schedule.Schedule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Runs {@link ShippingService#shipOrder} in the background as the job {@code shop.ship-order}.
 *
 * <p>{@link #enqueue}, {@link #schedule} and {@link #scheduleAt} create the job through the
 * client installed when Stoker started, {@link #using} through another; its {@link Handler}
 * runs it.
 */
@Generated("dev.stoker.processor.JobProcessor")
public final class ShopShipOrderJobs {
  /**
   * The job's stable name and the attributes of its {@code @Job} annotation.
   */
  public static final JobDefinition DEFINITION = new JobDefinition("shop.ship-order", "shipping", 3, 5,
      Recurrence.NONE);

  private static final Submitter INSTALLED = new Submitter(JobSubmitter.installed());

  private static final ArgumentCodec<Shipment.Parcel> PARCEL = Codecs.record(
      Shipment.Parcel.class,
      (out, value) -> {
        out.field("sku", Codecs.STRING, value.sku());
        out.field("quantity", Codecs.INT, value.quantity());
        out.field("weightKg", Codecs.BIG_DECIMAL, value.weightKg());
      },
      in ->
          new Shipment.Parcel(
              in.field("sku", Codecs.STRING),
              in.field("quantity", Codecs.INT),
              in.field("weightKg", Codecs.BIG_DECIMAL)));

  private static final ArgumentCodec<Address> ADDRESS = Codecs.record(
      Address.class,
      (out, value) -> {
        out.field("street", Codecs.STRING, value.street());
        out.field("city", Codecs.STRING, value.city());
        out.field("country", Codecs.STRING, value.country());
      },
      in ->
          new Address(
              in.field("street", Codecs.STRING),
              in.field("city", Codecs.STRING),
              in.field("country", Codecs.STRING)));

  private static final ArgumentCodec<Shipment> SHIPMENT = Codecs.record(
      Shipment.class,
      (out, value) -> {
        out.field("orderId", Codecs.UUID, value.orderId());
        out.field("parcels", Codecs.listOf(PARCEL), value.parcels());
        out.field("address", Codecs.nullable(ADDRESS), value.address());
      },
      in ->
          new Shipment(
              in.field("orderId", Codecs.UUID),
              in.field("parcels", Codecs.listOf(PARCEL)),
              in.field("address", Codecs.nullable(ADDRESS))));

  private ShopShipOrderJobs() {
  }

  /**
   * Creates the job, to run as soon as a worker is free, through the installed client.
   */
  public static JobId enqueue(Shipment shipment, Set<DayOfWeek> deliveryDays, LocalDate notBefore,
      List<String> notes) {
    return INSTALLED.enqueue(shipment, deliveryDays, notBefore, notes);
  }

  /**
   * Creates the job, to run once the delay has passed, through the installed client.
   */
  public static JobId schedule(Duration delay, Shipment shipment, Set<DayOfWeek> deliveryDays,
      LocalDate notBefore, List<String> notes) {
    return INSTALLED.schedule(delay, shipment, deliveryDays, notBefore, notes);
  }

  /**
   * Creates the job, to run at the instant (or at once if it has passed), through the
   * installed client.
   */
  public static JobId scheduleAt(Instant instant, Shipment shipment, Set<DayOfWeek> deliveryDays,
      LocalDate notBefore, List<String> notes) {
    return INSTALLED.scheduleAt(instant, shipment, deliveryDays, notBefore, notes);
  }

  /**
   * Creates the job through the given client: one bound to a transaction, or one a test made.
   */
  public static Submitter using(JobClient client) {
    return new Submitter(JobSubmitter.of(client));
  }

  /**
   * Adds the job to a batch being created, stored with the batch's other jobs.
   */
  public static Submitter in(Batch batch) {
    return INSTALLED.in(batch);
  }

  /**
   * Makes the job a continuation: it runs once every parent job succeeded, and is deleted if one
   * fails or is deleted.
   */
  public static Submitter after(JobId parent, JobId... more) {
    return INSTALLED.after(parent, more);
  }

  /**
   * Makes the job a continuation that runs once every parent job ended, whatever the way.
   */
  public static Submitter afterAnyOutcome(JobId parent, JobId... more) {
    return INSTALLED.afterAnyOutcome(parent, more);
  }

  /**
   * Makes the job a continuation of a batch: it runs once every job of the batch succeeded or was
   * deleted; a failed one holds it back until it is requeued or deleted.
   */
  public static Submitter afterBatch(BatchId batch) {
    return INSTALLED.afterBatch(batch);
  }

  /**
   * Makes the job a continuation that runs once every job of the batch ended, whatever the way.
   */
  public static Submitter afterBatchAnyOutcome(BatchId batch) {
    return INSTALLED.afterBatchAnyOutcome(batch);
  }

  private static JobArguments arguments(Shipment shipment, Set<DayOfWeek> deliveryDays,
      LocalDate notBefore, List<String> notes) {
    return out -> {
      out.field("shipment", SHIPMENT, shipment);
      out.field("deliveryDays", Codecs.setOf(Codecs.enumOf(DayOfWeek.class)), deliveryDays);
      out.field("notBefore", Codecs.nullable(Codecs.LOCAL_DATE), notBefore);
      out.field("notes", Codecs.listOf(Codecs.nullable(Codecs.STRING)), notes);
    };
  }

  /**
   * Prepares a recurring run of the job under the id, on the cron expression read in the zone;
   * {@code register} with its arguments adds it, or updates the one with that id.
   */
  public static Recurring recurring(String id, String cron, ZoneId zone) {
    return recurring(id, Schedule.cron(cron).in(zone));
  }

  /**
   * Prepares a recurring run of the job under the id, on the schedule; {@code register} with its
   * arguments adds it, or updates the one with that id.
   */
  public static Recurring recurring(String id, Schedule schedule) {
    return new Recurring(RecurringRegistration.of(DEFINITION, id, schedule));
  }

  /**
   * Removes the job's recurring run with the id; returns false if there was none.
   */
  public static boolean removeRecurring(String id) {
    return RecurringRegistration.remove(DEFINITION, id);
  }

  /**
   * Runs the job's recurring run with the id now, with its arguments, besides its schedule.
   */
  public static JobId triggerRecurring(String id) {
    return RecurringRegistration.trigger(DEFINITION, id);
  }

  /**
   * Creates {@code shop.ship-order} jobs through a chosen client.
   */
  public static final class Submitter {
    private final JobSubmitter submitter;

    private Submitter(JobSubmitter submitter) {
      this.submitter = submitter;
    }

    /**
     * Creates the job, to run as soon as a worker is free.
     */
    public JobId enqueue(Shipment shipment, Set<DayOfWeek> deliveryDays, LocalDate notBefore,
        List<String> notes) {
      return submitter.enqueue(DEFINITION, arguments(shipment, deliveryDays, notBefore, notes));
    }

    /**
     * Creates the job, to run once the delay has passed.
     */
    public JobId schedule(Duration delay, Shipment shipment, Set<DayOfWeek> deliveryDays,
        LocalDate notBefore, List<String> notes) {
      return submitter.schedule(DEFINITION, arguments(shipment, deliveryDays, notBefore, notes),
          delay);
    }

    /**
     * Creates the job, to run at the instant, or at once if it has passed.
     */
    public JobId scheduleAt(Instant instant, Shipment shipment, Set<DayOfWeek> deliveryDays,
        LocalDate notBefore, List<String> notes) {
      return submitter.scheduleAt(DEFINITION, arguments(shipment, deliveryDays, notBefore, notes),
          instant);
    }

    /**
     * Adds the job to a batch being created, stored with the batch's other jobs.
     */
    public Submitter in(Batch batch) {
      return new Submitter(submitter.in(batch));
    }

    /**
     * Makes the job a continuation: it runs once every parent job succeeded, and is deleted if one
     * fails or is deleted.
     */
    public Submitter after(JobId parent, JobId... more) {
      return new Submitter(submitter.after(parent, more));
    }

    /**
     * Makes the job a continuation that runs once every parent job ended, whatever the way.
     */
    public Submitter afterAnyOutcome(JobId parent, JobId... more) {
      return new Submitter(submitter.afterAnyOutcome(parent, more));
    }

    /**
     * Makes the job a continuation of a batch: it runs once every job of the batch succeeded or was
     * deleted; a failed one holds it back until it is requeued or deleted.
     */
    public Submitter afterBatch(BatchId batch) {
      return new Submitter(submitter.afterBatch(batch));
    }

    /**
     * Makes the job a continuation that runs once every job of the batch ended, whatever the way.
     */
    public Submitter afterBatchAnyOutcome(BatchId batch) {
      return new Submitter(submitter.afterBatchAnyOutcome(batch));
    }
  }

  /**
   * A recurring run of {@code shop.ship-order}, ready to be registered with its arguments.
   */
  public static final class Recurring {
    private final RecurringRegistration registration;

    private Recurring(RecurringRegistration registration) {
      this.registration = registration;
    }

    /**
     * What the run does with fire times it missed; by default it runs them once.
     */
    public Recurring misfire(Misfire misfire) {
      return new Recurring(registration.misfire(misfire));
    }

    /**
     * How late a fire time may still run; by default there is no limit.
     */
    public Recurring maxLag(Duration maxLag) {
      return new Recurring(registration.maxLag(maxLag));
    }

    /**
     * Registers through the given client instead of the installed one.
     */
    public Recurring using(JobClient client) {
      return new Recurring(registration.using(client));
    }

    /**
     * Adds the recurring run with these arguments, or updates the one with its id.
     */
    public void register(Shipment shipment, Set<DayOfWeek> deliveryDays, LocalDate notBefore,
        List<String> notes) {
      this.registration.register(arguments(shipment, deliveryDays, notBefore, notes));
    }
  }

  /**
   * Runs {@code shop.ship-order} jobs; the runtime finds it through
   * {@link java.util.ServiceLoader}.
   */
  public static final class Handler implements JobHandler {
    @Override
    public JobDefinition definition() {
      return DEFINITION;
    }

    @Override
    public void run(JobInvocation invocation) throws Exception {
      ArgumentReader arguments = invocation.arguments();
      Shipment shipment = arguments.field("shipment", SHIPMENT);
      Set<DayOfWeek> deliveryDays = arguments.field("deliveryDays",
          Codecs.setOf(Codecs.enumOf(DayOfWeek.class)));
      LocalDate notBefore = arguments.field("notBefore", Codecs.nullable(Codecs.LOCAL_DATE));
      List<String> notes = arguments.field("notes", Codecs.listOf(Codecs.nullable(Codecs.STRING)));
      invocation.instance(ShippingService.class).shipOrder(shipment, deliveryDays, notBefore, notes,
          invocation.context());
    }

    @Override
    public void checkArguments(ArgumentReader arguments) {
      arguments.field("shipment", SHIPMENT);
      arguments.field("deliveryDays", Codecs.setOf(Codecs.enumOf(DayOfWeek.class)));
      arguments.field("notBefore", Codecs.nullable(Codecs.LOCAL_DATE));
      arguments.field("notes", Codecs.listOf(Codecs.nullable(Codecs.STRING)));
    }
  }
}

package dev.stoker.jobs;

import dev.stoker.JobContext;
import dev.stoker.annotation.Alias;
import dev.stoker.annotation.Default;
import dev.stoker.annotation.Job;

/**
 * A job as a later version of the code has it: renamed from {@code test.bill}, its {@code count}
 * renamed to {@code quantity} and widened from {@code int} to {@code long}, a {@code currency}
 * added with a default, a {@code discount} removed, and a {@code note} added that may be null.
 */
public class InvoiceJobs {

  /** The job as the earlier version of the code stored it. */
  public static final String FORMER_NAME = "test.bill";

  @Job(name = "test.invoice", aliases = FORMER_NAME)
  public static void invoice(
      String token,
      @Alias("count") long quantity,
      @Default("EUR") String currency,
      @Nullable String note,
      JobContext context) {
    Executions.record(
        token, context.id(), context.attempt(), quantity + " " + currency + " " + note);
  }
}

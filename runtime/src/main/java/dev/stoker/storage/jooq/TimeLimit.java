package dev.stoker.storage.jooq;

import java.time.Duration;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Runs reads in a transaction of their own that the database cancels once they take longer than a
 * limit: PostgreSQL's {@code statement_timeout}, set for the transaction only, and H2's {@code
 * QUERY_TIMEOUT}, set for the session and reset after.
 */
final class TimeLimit {

  /** The SQLSTATE both databases give a statement they cancelled. */
  private static final String CANCELLED = "57014";

  private TimeLimit() {}

  /** What {@code reads} answers, or null if the database cancelled it at the limit. */
  static <T> T within(DSLContext dsl, Duration limit, Function<DSLContext, T> reads) {
    long millis = Math.max(1, limit.toMillis());
    try {
      return dsl.transactionResult(
          tx -> {
            DSLContext c = tx.dsl();
            if (c.dialect().family() == SQLDialect.POSTGRES) {
              c.select(
                      DSL.function(
                          "set_config",
                          String.class,
                          DSL.val("statement_timeout"),
                          DSL.val(millis + "ms"),
                          DSL.inline(true)))
                  .fetch();
              return reads.apply(c);
            }
            c.query("set query_timeout {0}", DSL.inline(millis)).execute();
            try {
              return reads.apply(c);
            } finally {
              c.query("set query_timeout 0").execute();
            }
          });
    } catch (DataAccessException e) {
      if (CANCELLED.equals(e.sqlState())) {
        return null;
      }
      throw e;
    }
  }
}

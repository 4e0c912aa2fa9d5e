package dev.stoker.storage.jooq;

import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.inline;

import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * Lets one server at a time sweep up after dead servers: on PostgreSQL with an advisory lock held
 * until the sweep's transaction ends; on H2, which runs in one process, with a lock in this one.
 */
final class SweepLock {

  // Any constant will do, as long as it stays the same and differs from the schema migrator's.
  private static final long ADVISORY_LOCK_KEY = 0x53746f6b657253L;
  private static final ReentrantLock H2_LOCK = new ReentrantLock();

  private SweepLock() {}

  /** Runs the sweep in a transaction of its own, or nothing when another server is sweeping. */
  static <T> Optional<T> ifFree(DSLContext dsl, Function<DSLContext, T> sweep) {
    if (dsl.dialect().family() == SQLDialect.POSTGRES) {
      return dsl.transactionResult(
          c -> {
            boolean locked =
                c.dsl()
                    .select(
                        function(
                            "pg_try_advisory_xact_lock", Boolean.class, inline(ADVISORY_LOCK_KEY)))
                    .fetchOne()
                    .value1();
            return locked ? Optional.of(sweep.apply(c.dsl())) : Optional.empty();
          });
    }
    if (!H2_LOCK.tryLock()) {
      return Optional.empty();
    }
    try {
      return Optional.of(dsl.transactionResult(c -> sweep.apply(c.dsl())));
    } finally {
      H2_LOCK.unlock();
    }
  }
}

package dev.stoker.storage.jooq;

import static org.jooq.impl.DSL.currentOffsetDateTime;

import java.time.Instant;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

/**
 * The database's clock, the one every server's heartbeat is written and judged by, since the
 * servers' own clocks drift apart.
 */
final class DatabaseClock {

  private DatabaseClock() {}

  /**
   * The database's {@code current_timestamp}. Not jOOQ's {@code currentInstant()}, which PostgreSQL
   * would read through the session's local time, an hour off at a daylight-saving change.
   */
  static Field<Instant> now() {
    return currentOffsetDateTime().coerce(SQLDataType.INSTANT);
  }
}

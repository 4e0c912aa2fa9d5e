package dev.stoker.storage.jooq;

import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.inline;

import org.jooq.Field;

/**
 * The PostgreSQL channel servers listen on for ready jobs. Apart from {@link ServerNotifications},
 * so that H2 users, who may not have the PostgreSQL driver, never load that class.
 */
final class JobsChannel {

  static final String NAME = "stoker_jobs";

  private JobsChannel() {}

  /** The expression that notifies the listening servers, to select in the insert's statement. */
  static Field<String> notifyServers() {
    return function("pg_notify", String.class, inline(NAME), inline(""));
  }
}

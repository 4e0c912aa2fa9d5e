package dev.stoker.storage.jooq;

import java.util.Collection;
import java.util.UUID;
import org.jooq.QuantifiedSelect;
import org.jooq.Record1;
import org.jooq.impl.DSL;

/**
 * Many ids bound as one array ({@code = any(?)}): one statement text whatever their number, so the
 * driver reuses its prepared statement.
 */
final class Ids {

  private Ids() {}

  static QuantifiedSelect<Record1<UUID>> any(Collection<UUID> ids) {
    return DSL.any(ids.toArray(UUID[]::new));
  }
}

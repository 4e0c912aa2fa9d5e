package dev.stoker.storage.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.testing.TestDatabase;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SweepLockTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void only_one_server_sweeps_at_a_time(TestDatabase database) {
    try (TestDatabase.Handle db = database.create()) {
      DSLContext dsl = DSL.using(db.dataSource(), database.dialect());
      Statements statements = Statements.of(database.dialect());

      Optional<Optional<String>> whileSweeping =
          statements.ifSweepIsFree(
              dsl,
              tx ->
                  // Another server, on a connection of its own, tries meanwhile.
                  CompletableFuture.supplyAsync(
                          () -> statements.ifSweepIsFree(dsl, other -> "swept"))
                      .join());

      assertThat(whileSweeping).contains(Optional.empty());
      assertThat(statements.ifSweepIsFree(dsl, tx -> "swept"))
          .as("once the first is done")
          .contains("swept");
    }
  }
}

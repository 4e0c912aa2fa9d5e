package dev.stoker.storage.jooq;

import static org.jooq.impl.DSL.currentSchema;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.unquotedName;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the database up to Stoker's schema version, once, however many servers start together
 * (each database's statements keep the others waiting meanwhile). Applied versions are recorded in
 * {@code stoker_schema_version}.
 */
public final class SchemaMigrator {

  private static final Logger log = LoggerFactory.getLogger(SchemaMigrator.class);
  private static final String MIGRATIONS = "dev/stoker/db/";
  private static final Pattern VERSION = Pattern.compile("V(\\d+)__(.+)\\.sql");

  private static final Table<?> VERSIONS = table(name("stoker_schema_version"));
  private static final Field<Integer> VERSION_NUMBER = field(name("version"), SQLDataType.INTEGER);
  private static final Field<String> DESCRIPTION =
      field(name("description"), SQLDataType.VARCHAR(200));
  private static final Field<Instant> INSTALLED_AT =
      field(name("installed_at"), SQLDataType.INSTANT);

  private record Migration(int version, String description, String script) {}

  private final DataSource dataSource;
  private final Statements statements;

  public SchemaMigrator(DataSource dataSource, SQLDialect dialect) {
    this.dataSource = dataSource;
    this.statements = Statements.of(dialect);
  }

  /** The newest schema version this runtime knows. */
  public static int latestVersion() {
    List<Migration> migrations = migrations();
    return migrations.getLast().version();
  }

  /** Applies the migrations the database lacks; returns how many it applied. */
  public int migrate() {
    return migrateTo(latestVersion());
  }

  /**
   * Applies the migrations the database lacks up to a version, for a test to store rows as an older
   * runtime did and then upgrade them; returns how many it applied.
   */
  int migrateTo(int version) {
    try (Connection connection = dataSource.getConnection()) {
      DSLContext dsl = DSL.using(connection, statements.dialect());
      if (installedVersion(dsl) >= version) {
        return 0;
      }
      return statements.migrateAlone(dsl, () -> applyMissing(dsl, connection, version));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot migrate Stoker's schema: " + e.getMessage(), e);
    }
  }

  private int installedVersion(DSLContext dsl) {
    // The information schema answers at once; jOOQ's meta model would read every table first.
    boolean exists =
        dsl.fetchExists(
            selectOne()
                .from(table(unquotedName("information_schema", "tables")))
                .where(field(unquotedName("table_schema")).eq(currentSchema()))
                .and(
                    lower(field(unquotedName("table_name"), String.class)).eq(VERSIONS.getName())));
    if (!exists) {
      return 0;
    }
    Integer version = dsl.select(max(VERSION_NUMBER)).from(VERSIONS).fetchOne().value1();
    return version == null ? 0 : version;
  }

  private int applyMissing(DSLContext dsl, Connection connection, int upTo) {
    dsl.createTableIfNotExists(VERSIONS)
        .column(VERSION_NUMBER.getName(), SQLDataType.INTEGER.nullable(false))
        .column(DESCRIPTION.getName(), SQLDataType.VARCHAR(200).nullable(false))
        .column(INSTALLED_AT.getName(), SQLDataType.TIMESTAMPWITHTIMEZONE.nullable(false))
        .primaryKey(VERSION_NUMBER.getName())
        .execute();
    int installed = installedVersion(dsl);
    int applied = 0;
    for (Migration migration : migrations()) {
      if (migration.version() > installed && migration.version() <= upTo) {
        apply(migration, dsl, connection);
        applied++;
      }
    }
    return applied;
  }

  private void apply(Migration migration, DSLContext dsl, Connection connection) {
    log.info("Applying Stoker schema version {}: {}", migration.version(), migration.description());
    dsl.transaction(
        tx -> {
          statements.apply(migration.script(), tx.dsl(), connection);
          tx.dsl()
              .insertInto(VERSIONS, VERSION_NUMBER, DESCRIPTION, INSTALLED_AT)
              .values(migration.version(), migration.description(), Instant.now())
              .execute();
        });
  }

  private static List<Migration> migrations() {
    return lines(read(MIGRATIONS + "migrations.txt")).stream()
        .map(SchemaMigrator::migration)
        .toList();
  }

  private static Migration migration(String fileName) {
    Matcher matcher = VERSION.matcher(fileName);
    if (!matcher.matches()) {
      throw new IllegalStateException(
          "Migration file name " + fileName + " is not V<n>__<what>.sql");
    }
    return new Migration(
        Integer.parseInt(matcher.group(1)),
        matcher.group(2).replace('_', ' '),
        read(MIGRATIONS + fileName));
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  private static String read(String resource) {
    try (InputStream in = SchemaMigrator.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "Stoker's schema resource " + resource + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

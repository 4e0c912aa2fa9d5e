package dev.stoker.storage.jooq;

import dev.stoker.storage.NewJob;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * New jobs' rows sent to PostgreSQL with {@code COPY ... FROM STDIN}, in its text format, for a
 * batch whose rows tell everything (their creation, see {@link NewJob#createdAsItsRowTells()}, and
 * no trace context): PostgreSQL writes copied rows by the page rather than one at a time, and reads
 * no arrays to unnest. The rows go in pieces of a bounded size, so that a large batch is never held
 * as one text.
 */
final class JobRowsCopy {

  private static final String COPY =
      NewJobColumns.FIELDS.stream()
          .map(Field::getName)
          .collect(Collectors.joining(", ", "copy stoker_job (", ") from stdin"));
  private static final int PIECE_CHARS = 1 << 16;

  private JobRowsCopy() {}

  /**
   * Copies the jobs' rows on the context's connection, in its transaction if it is in one; false,
   * copying nothing, when the connection does not let the driver's own be reached (a proxy that
   * hides it), which the caller then stores otherwise.
   */
  static boolean copy(DSLContext tx, List<NewJob> jobs) {
    return tx.connectionResult(
        connection -> {
          if (!connection.isWrapperFor(PGConnection.class)) {
            return false;
          }
          CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
          try {
            StringBuilder piece = new StringBuilder(PIECE_CHARS + 1024);
            for (NewJob job : jobs) {
              appendRow(piece, job);
              if (piece.length() >= PIECE_CHARS) {
                send(copy, piece);
              }
            }
            send(copy, piece);
            copy.endCopy();
            return true;
          } finally {
            if (copy.isActive()) {
              copy.cancelCopy(); // a failure midway: the statement fails, and stores none
            }
          }
        });
  }

  private static void send(CopyIn copy, StringBuilder piece) throws SQLException {
    byte[] bytes = piece.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    piece.setLength(0);
  }

  /** One row: the columns' values separated by tabs, {@code \N} for null, then a newline. */
  private static void appendRow(StringBuilder row, NewJob job) {
    boolean first = true;
    for (NewJobColumns.Column column : NewJobColumns.ALL) {
      if (!first) {
        row.append('\t');
      }
      first = false;
      Object value = column.value().apply(job);
      if (value == null) {
        row.append("\\N");
      } else if (value instanceof Instant instant) {
        row.append(instant); // ISO-8601 in UTC, which PostgreSQL reads exactly
      } else {
        appendEscaped(row, value.toString());
      }
    }
    row.append('\n');
  }

  /** The text format's escapes: a backslash, and the characters that end a value or a row. */
  private static void appendEscaped(StringBuilder row, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> row.append("\\\\");
        case '\t' -> row.append("\\t");
        case '\n' -> row.append("\\n");
        case '\r' -> row.append("\\r");
        default -> row.append(c);
      }
    }
  }
}

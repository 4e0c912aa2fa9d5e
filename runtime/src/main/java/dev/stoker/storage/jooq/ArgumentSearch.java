package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;

import dev.stoker.monitoring.ArgumentMatch;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The condition of a search by an argument's value. On PostgreSQL it is a JSON containment ({@code
 * arguments @> '{"userId":42}'}), which a GIN index on the arguments answers; H2 has no JSON
 * operators, so there it matches the stored JSON text, reading every row the other filters leave.
 */
final class ArgumentSearch {

  private static final JsonFactory JSON = new JsonFactory();

  private ArgumentSearch() {}

  static Condition matching(ArgumentMatch match, SQLDialect dialect) {
    List<String> pairs = new ArrayList<>();
    if (match.mayBeLiteral()) {
      pairs.add(pair(match.field()) + match.value());
    }
    pairs.add(pair(match.field()) + string(match.value()));
    List<Condition> any = new ArrayList<>();
    for (String pair : pairs) {
      if (dialect.family() == SQLDialect.POSTGRES) {
        any.add(
            DSL.condition("{0} @> {1}::jsonb", STOKER_JOB.ARGUMENTS, DSL.val("{" + pair + "}")));
      } else {
        var text = STOKER_JOB.ARGUMENTS.cast(String.class);
        String like = escapeLike(pair);
        // Followed by the next field or the object's end: 42 must not match 420.
        any.add(text.like("%" + like + ",%", '!'));
        any.add(text.like("%" + like + "}%", '!'));
      }
    }
    return DSL.or(any);
  }

  /** {@code "field":} as the stored arguments write it. */
  private static String pair(String field) {
    return string(field) + ":";
  }

  private static String string(String value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      json.writeString(value);
    }
    return out.toString();
  }

  private static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}

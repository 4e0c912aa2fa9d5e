package dev.stoker.storage.jooq;

import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.val;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jooq.DataType;
import org.jooq.Field;

/**
 * Many rows sent to PostgreSQL as one array per column, turned back into rows by {@code unnest}
 * side by side in the select list: one statement whatever the number of rows, its text the same
 * every time (so the driver reuses it), and one bind value per column rather than one per cell.
 */
final class ArrayRows<T> {

  private final List<T> rows;

  ArrayRows(List<T> rows) {
    this.rows = rows;
  }

  /** One column: the value of each row, as its element of one bound array. */
  <V> Field<V> column(DataType<V> type, Function<T, V> value, IntFunction<V[]> newArray) {
    V[] values = newArray.apply(rows.size());
    for (int i = 0; i < values.length; i++) {
      values[i] = value.apply(rows.get(i));
    }
    return function("unnest", type, val(values, type.array()));
  }
}

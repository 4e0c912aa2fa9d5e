package dev.stoker.storage.jooq;

import static org.jooq.impl.DSL.arrayGet;
import static org.jooq.impl.DSL.generateSeries;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.val;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Many rows sent to PostgreSQL as one array per column, read back row by row with {@code
 * generate_series}: one statement whatever the number of rows, its text the same every time (so the
 * driver reuses it), and one bind value per column rather than one per cell.
 */
final class ArrayRows<T> {

  private final List<T> rows;
  private final Table<?> series;
  private final Field<Integer> index;

  ArrayRows(List<T> rows) {
    this.rows = rows;
    this.series = generateSeries(inline(1), val(rows.size())).as("row", "i");
    this.index = series.field("i", Integer.class);
  }

  /** The table to select the rows from. */
  Table<?> table() {
    return series;
  }

  /** One column: the value of each row, as its element of one bound array. */
  <V> Field<V> column(DataType<V> type, Function<T, V> value, IntFunction<V[]> newArray) {
    V[] values = newArray.apply(rows.size());
    for (int i = 0; i < values.length; i++) {
      values[i] = value.apply(rows.get(i));
    }
    return arrayGet(val(values, type.array()), index);
  }
}

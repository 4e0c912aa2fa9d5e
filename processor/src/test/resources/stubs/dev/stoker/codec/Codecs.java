package dev.stoker.codec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.*;
import java.util.List;
import java.util.Set;
import java.util.UUID;

public final class Codecs {
  public static final ArgumentCodec<Boolean> BOOLEAN = null;
  public static final ArgumentCodec<Byte> BYTE = null;
  public static final ArgumentCodec<Short> SHORT = null;
  public static final ArgumentCodec<Integer> INT = null;
  public static final ArgumentCodec<Long> LONG = null;
  public static final ArgumentCodec<Float> FLOAT = null;
  public static final ArgumentCodec<Double> DOUBLE = null;
  public static final ArgumentCodec<Character> CHAR = null;
  public static final ArgumentCodec<String> STRING = null;
  public static final ArgumentCodec<UUID> UUID = null;
  public static final ArgumentCodec<BigDecimal> BIG_DECIMAL = null;
  public static final ArgumentCodec<BigInteger> BIG_INTEGER = null;
  public static final ArgumentCodec<Instant> INSTANT = null;
  public static final ArgumentCodec<LocalDate> LOCAL_DATE = null;
  public static final ArgumentCodec<LocalTime> LOCAL_TIME = null;
  public static final ArgumentCodec<LocalDateTime> LOCAL_DATE_TIME = null;
  public static final ArgumentCodec<OffsetDateTime> OFFSET_DATE_TIME = null;
  public static final ArgumentCodec<OffsetTime> OFFSET_TIME = null;
  public static final ArgumentCodec<ZonedDateTime> ZONED_DATE_TIME = null;
  public static final ArgumentCodec<Duration> DURATION = null;
  public static final ArgumentCodec<Period> PERIOD = null;
  public static final ArgumentCodec<Year> YEAR = null;
  public static final ArgumentCodec<YearMonth> YEAR_MONTH = null;
  public static final ArgumentCodec<MonthDay> MONTH_DAY = null;
  public static final ArgumentCodec<ZoneId> ZONE_ID = null;
  public static final ArgumentCodec<ZoneOffset> ZONE_OFFSET = null;

  private Codecs() {}

  public static <E extends Enum<E>> ArgumentCodec<E> enumOf(Class<E> type) {
    throw new UnsupportedOperationException();
  }

  public static <E> ArgumentCodec<List<E>> listOf(ArgumentCodec<E> element) {
    throw new UnsupportedOperationException();
  }

  public static <E> ArgumentCodec<Set<E>> setOf(ArgumentCodec<E> element) {
    throw new UnsupportedOperationException();
  }

  public static <T> ArgumentCodec<T> nullable(ArgumentCodec<T> codec) {
    throw new UnsupportedOperationException();
  }

  @FunctionalInterface
  public interface RecordWriter<R> {
    void write(ArgumentWriter out, R value);
  }

  @FunctionalInterface
  public interface RecordReader<R> {
    R read(ArgumentReader in);
  }

  public static <R extends Record> ArgumentCodec<R> record(
      Class<R> type, RecordWriter<R> writer, RecordReader<R> reader) {
    throw new UnsupportedOperationException();
  }
}

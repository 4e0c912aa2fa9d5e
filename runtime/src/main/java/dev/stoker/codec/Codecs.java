package dev.stoker.codec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;

/**
 * The codecs for every type a job argument may have. Numbers and booleans are stored as JSON
 * numbers and booleans; text, ids and {@code java.time} values as their ISO strings; enums by
 * constant name; lists and sets as arrays; records as objects of their components.
 */
public final class Codecs {

  public static final ArgumentCodec<Boolean> BOOLEAN =
      scalar("boolean", JsonGenerator::writeBoolean, JsonParser::getBooleanValue);
  public static final ArgumentCodec<Byte> BYTE =
      scalar("byte", (out, v) -> out.writeNumber(v), JsonParser::getByteValue);
  public static final ArgumentCodec<Short> SHORT =
      scalar("short", (out, v) -> out.writeNumber(v), JsonParser::getShortValue);
  public static final ArgumentCodec<Integer> INT =
      scalar("int", (out, v) -> out.writeNumber(v), JsonParser::getIntValue);
  public static final ArgumentCodec<Long> LONG =
      scalar("long", (out, v) -> out.writeNumber(v), JsonParser::getLongValue);
  public static final ArgumentCodec<Float> FLOAT =
      scalar("float", (out, v) -> writeFloating(out, v), in -> (float) readFloating(in));
  public static final ArgumentCodec<Double> DOUBLE =
      scalar("double", Codecs::writeFloating, Codecs::readFloating);
  public static final ArgumentCodec<Character> CHAR = text("char", Codecs::parseChar);
  public static final ArgumentCodec<String> STRING = text("String", Function.identity());
  public static final ArgumentCodec<UUID> UUID = text("UUID", java.util.UUID::fromString);
  public static final ArgumentCodec<BigDecimal> BIG_DECIMAL =
      scalar("BigDecimal", JsonGenerator::writeNumber, JsonParser::getDecimalValue);
  public static final ArgumentCodec<BigInteger> BIG_INTEGER =
      scalar("BigInteger", JsonGenerator::writeNumber, JsonParser::getBigIntegerValue);

  public static final ArgumentCodec<Instant> INSTANT = text("Instant", Instant::parse);
  public static final ArgumentCodec<LocalDate> LOCAL_DATE = text("LocalDate", LocalDate::parse);
  public static final ArgumentCodec<LocalTime> LOCAL_TIME = text("LocalTime", LocalTime::parse);
  public static final ArgumentCodec<LocalDateTime> LOCAL_DATE_TIME =
      text("LocalDateTime", LocalDateTime::parse);
  public static final ArgumentCodec<OffsetDateTime> OFFSET_DATE_TIME =
      text("OffsetDateTime", OffsetDateTime::parse);
  public static final ArgumentCodec<OffsetTime> OFFSET_TIME = text("OffsetTime", OffsetTime::parse);
  public static final ArgumentCodec<ZonedDateTime> ZONED_DATE_TIME =
      text("ZonedDateTime", ZonedDateTime::parse);
  public static final ArgumentCodec<Duration> DURATION = text("Duration", Duration::parse);
  public static final ArgumentCodec<Period> PERIOD = text("Period", Period::parse);
  public static final ArgumentCodec<Year> YEAR = text("Year", Year::parse);
  public static final ArgumentCodec<YearMonth> YEAR_MONTH = text("YearMonth", YearMonth::parse);
  public static final ArgumentCodec<MonthDay> MONTH_DAY = text("MonthDay", MonthDay::parse);
  public static final ArgumentCodec<ZoneId> ZONE_ID = text("ZoneId", ZoneId::of);
  public static final ArgumentCodec<ZoneOffset> ZONE_OFFSET = text("ZoneOffset", ZoneOffset::of);

  private Codecs() {}

  /** Stores an enum constant by its name. */
  public static <E extends Enum<E>> ArgumentCodec<E> enumOf(Class<E> type) {
    return text(type.getSimpleName(), name -> Enum.valueOf(type, name));
  }

  /** Stores a list as a JSON array; it is read back as an unmodifiable list. */
  public static <E> ArgumentCodec<List<E>> listOf(ArgumentCodec<E> element) {
    return new CollectionCodec<>(
        "List<" + element + ">", element, ArrayList::new, Collections::unmodifiableList);
  }

  /** Stores a set as a JSON array; it is read back as an unmodifiable set in the same order. */
  public static <E> ArgumentCodec<Set<E>> setOf(ArgumentCodec<E> element) {
    return new CollectionCodec<>(
        "Set<" + element + ">", element, LinkedHashSet::new, Collections::unmodifiableSet);
  }

  /** The same codec, accepting null. */
  public static <T> ArgumentCodec<T> nullable(ArgumentCodec<T> codec) {
    return new NullableCodec<>(codec);
  }

  /**
   * The same codec, reading a field that the stored arguments lack as the value of the text, as
   * {@code @Default} gives it: jobs stored before the parameter was added.
   */
  public static <T> ArgumentCodec<T> withDefault(ArgumentCodec<T> codec, String text) {
    return new DefaultCodec<>(codec, text);
  }

  /** Writes one record's components. Generated per record type. */
  @FunctionalInterface
  public interface RecordWriter<R> {
    void write(ArgumentWriter out, R value);
  }

  /** Reads one record's components and builds it. Generated per record type. */
  @FunctionalInterface
  public interface RecordReader<R> {
    R read(ArgumentReader in);
  }

  /** Stores a record as a JSON object of its components. */
  public static <R extends Record> ArgumentCodec<R> record(
      Class<R> type, RecordWriter<R> writer, RecordReader<R> reader) {
    return new ArgumentCodec<>(type.getSimpleName()) {
      @Override
      void writeValue(JsonGenerator out, R value, ArgumentPath at) {
        out.writeStartObject();
        writer.write(new ArgumentWriter(out, at), value);
        out.writeEndObject();
      }

      @Override
      R readValue(JsonParser in, ArgumentPath at) {
        return reader.read(ArgumentReader.fromObject(in, at));
      }
    };
  }

  static void expect(JsonParser in, JsonToken token, String what) {
    if (in.currentToken() != token) {
      throw new StreamReadException(in, "expected " + what + ", found " + in.currentToken());
    }
  }

  private static <T> ArgumentCodec<T> scalar(
      String typeName, BiConsumer<JsonGenerator, T> writer, Function<JsonParser, T> reader) {
    return new ArgumentCodec<>(typeName) {
      @Override
      void writeValue(JsonGenerator out, T value, ArgumentPath at) {
        writer.accept(out, value);
      }

      @Override
      T readValue(JsonParser in, ArgumentPath at) {
        return reader.apply(in);
      }
    };
  }

  private static <T> ArgumentCodec<T> text(String typeName, Function<String, T> parser) {
    return new ArgumentCodec<>(typeName) {
      @Override
      void writeValue(JsonGenerator out, T value, ArgumentPath at) {
        out.writeString(value instanceof Enum<?> constant ? constant.name() : value.toString());
      }

      @Override
      T readValue(JsonParser in, ArgumentPath at) {
        expect(in, JsonToken.VALUE_STRING, "a JSON string");
        return parser.apply(in.getString());
      }

      @Override
      T readText(String text, ArgumentPath at) {
        try {
          return parser.apply(text);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
          throw ArgumentException.unreadable(at, typeName, e);
        }
      }
    };
  }

  private static Character parseChar(String text) {
    if (text.length() != 1) {
      throw new IllegalArgumentException("expected one character, found \"" + text + "\"");
    }
    return text.charAt(0);
  }

  // JSON has no NaN or infinities: those are stored as the strings Double.toString writes.
  private static void writeFloating(JsonGenerator out, double value) {
    if (Double.isFinite(value)) {
      out.writeNumber(value);
    } else {
      out.writeString(Double.toString(value));
    }
  }

  private static double readFloating(JsonParser in) {
    if (in.currentToken() == JsonToken.VALUE_STRING) {
      return Double.parseDouble(in.getString());
    }
    return in.getDoubleValue();
  }

  /** A codec that stores values as another does, and differs in what it accepts. */
  private abstract static class WrappingCodec<T> extends ArgumentCodec<T> {
    final ArgumentCodec<T> codec;

    WrappingCodec(ArgumentCodec<T> codec) {
      super(codec.toString());
      this.codec = codec;
    }

    @Override
    void writeValue(JsonGenerator out, T value, ArgumentPath at) {
      codec.writeValue(out, value, at);
    }

    @Override
    T readValue(JsonParser in, ArgumentPath at) {
      return codec.readValue(in, at);
    }

    @Override
    T readText(String text, ArgumentPath at) {
      return codec.readText(text, at);
    }
  }

  private static final class NullableCodec<T> extends WrappingCodec<T> {
    NullableCodec(ArgumentCodec<T> codec) {
      super(codec);
    }

    @Override
    boolean acceptsNull() {
      return true;
    }
  }

  private static final class DefaultCodec<T> extends WrappingCodec<T> {
    private final String text;

    DefaultCodec(ArgumentCodec<T> codec, String text) {
      super(codec);
      this.text = text;
    }

    @Override
    boolean acceptsNull() {
      return codec.acceptsNull();
    }

    @Override
    T whenMissing(ArgumentPath at) {
      return codec.readText(text, at);
    }
  }

  private static final class CollectionCodec<E, C extends Collection<E>> extends ArgumentCodec<C> {
    private final ArgumentCodec<E> element;
    private final Supplier<C> empty;
    private final Function<C, C> seal;

    CollectionCodec(
        String typeName, ArgumentCodec<E> element, Supplier<C> empty, Function<C, C> seal) {
      super(typeName);
      this.element = element;
      this.empty = empty;
      this.seal = seal;
    }

    @Override
    void writeValue(JsonGenerator out, C values, ArgumentPath at) {
      out.writeStartArray();
      int index = 0;
      for (E value : values) {
        element.write(out, value, at.element(index++));
      }
      out.writeEndArray();
    }

    @Override
    C readValue(JsonParser in, ArgumentPath at) {
      expect(in, JsonToken.START_ARRAY, "a JSON array");
      C values = empty.get();
      int index = 0;
      while (in.nextToken() != JsonToken.END_ARRAY) {
        values.add(element.read(in, at.element(index++)));
      }
      return seal.apply(values);
    }
  }
}

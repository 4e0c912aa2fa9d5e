package dev.stoker.processor;

import java.math.BigDecimal;
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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.lang.model.element.ElementKind;

/**
 * Whether a {@code @Default} text reads as a value of its type, the way the runtime's codecs read
 * it when a stored job lacks the field: a JSON number or boolean, or the string a text codec
 * parses.
 */
final class DefaultValues {

  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
  private static final Pattern NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  /** The codecs that store text, by constant, with the parser each reads it with. */
  private static final Map<String, Function<String, ?>> TEXT =
      Map.ofEntries(
          Map.entry("STRING", Function.identity()),
          Map.entry("CHAR", DefaultValues::oneCharacter),
          Map.entry("UUID", UUID::fromString),
          Map.entry("INSTANT", Instant::parse),
          Map.entry("LOCAL_DATE", LocalDate::parse),
          Map.entry("LOCAL_TIME", LocalTime::parse),
          Map.entry("LOCAL_DATE_TIME", LocalDateTime::parse),
          Map.entry("OFFSET_DATE_TIME", OffsetDateTime::parse),
          Map.entry("OFFSET_TIME", OffsetTime::parse),
          Map.entry("ZONED_DATE_TIME", ZonedDateTime::parse),
          Map.entry("DURATION", Duration::parse),
          Map.entry("PERIOD", Period::parse),
          Map.entry("YEAR", Year::parse),
          Map.entry("YEAR_MONTH", YearMonth::parse),
          Map.entry("MONTH_DAY", MonthDay::parse),
          Map.entry("ZONE_ID", ZoneId::of),
          Map.entry("ZONE_OFFSET", ZoneOffset::of));

  /** The codecs that store JSON numbers, by constant, with the parser that checks their range. */
  private static final Map<String, Function<String, ?>> NUMBERS =
      Map.of(
          "BYTE", Byte::parseByte,
          "SHORT", Short::parseShort,
          "INT", Integer::parseInt,
          "LONG", Long::parseLong,
          "BIG_INTEGER", java.math.BigInteger::new,
          "FLOAT", DefaultValues::finiteFloat,
          "DOUBLE", DefaultValues::finiteDouble,
          "BIG_DECIMAL", BigDecimal::new);

  private DefaultValues() {}

  /** Why the text is no value of the type, or empty if it is one. Records take no default. */
  static Optional<String> problem(ArgumentType type, String text) {
    try {
      check(type, text);
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  private static void check(ArgumentType type, String text) {
    switch (type) {
      case ArgumentType.Nullable nullable -> check(nullable.type(), text);
      case ArgumentType.Constant constant -> checkConstant(constant.name(), text);
      case ArgumentType.EnumOf enumOf -> {
        boolean constant =
            enumOf.type().getEnclosedElements().stream()
                .anyMatch(
                    e ->
                        e.getKind() == ElementKind.ENUM_CONSTANT
                            && e.getSimpleName().contentEquals(text));
        require(constant, "not a constant of " + TypeDisplay.of(enumOf.type()));
      }
      case ArgumentType.ListOf listOf ->
          require(text.equals("[]"), "only \"[]\" is a default list");
      case ArgumentType.SetOf setOf -> require(text.equals("[]"), "only \"[]\" is a default set");
      case ArgumentType.RecordOf record ->
          throw new IllegalArgumentException("a record takes no default");
    }
  }

  private static void checkConstant(String codec, String text) {
    if (codec.equals("BOOLEAN")) {
      require(text.equals("true") || text.equals("false"), "write true or false");
    } else if (NUMBERS.containsKey(codec)) {
      boolean integral =
          !codec.equals("FLOAT") && !codec.equals("DOUBLE") && !codec.equals("BIG_DECIMAL");
      require(
          (integral ? INTEGER : NUMBER).matcher(text).matches(),
          integral ? "not a whole number" : "not a number");
      NUMBERS.get(codec).apply(text);
    } else {
      TEXT.get(codec).apply(text);
    }
  }

  private static void require(boolean condition, String reason) {
    if (!condition) {
      throw new IllegalArgumentException(reason);
    }
  }

  private static Character oneCharacter(String text) {
    require(text.length() == 1, "not one character");
    return text.charAt(0);
  }

  private static Float finiteFloat(String text) {
    float value = Float.parseFloat(text);
    require(Float.isFinite(value), "out of range");
    return value;
  }

  private static Double finiteDouble(String text) {
    double value = Double.parseDouble(text);
    require(Double.isFinite(value), "out of range");
    return value;
  }
}

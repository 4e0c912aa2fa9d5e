package dev.stoker.processor;

import java.util.Map;

/**
 * A stored field's type as the job contract spells it: what the stored JSON holds, whatever Java
 * type reads it. {@code long} stands for {@code long} and a non-null {@code Long} alike, a trailing
 * {@code ?} for a field that may hold null; enums and records are named by their canonical names,
 * and the contract lists their constants and components apart.
 */
sealed interface ContractType {

  /** The spelling of each of the runtime's value codecs, by the codec's constant. */
  Map<String, String> SCALARS =
      Map.ofEntries(
          Map.entry("BOOLEAN", "boolean"),
          Map.entry("BYTE", "byte"),
          Map.entry("SHORT", "short"),
          Map.entry("INT", "int"),
          Map.entry("LONG", "long"),
          Map.entry("FLOAT", "float"),
          Map.entry("DOUBLE", "double"),
          Map.entry("CHAR", "char"),
          Map.entry("STRING", "String"),
          Map.entry("UUID", "UUID"),
          Map.entry("BIG_DECIMAL", "BigDecimal"),
          Map.entry("BIG_INTEGER", "BigInteger"),
          Map.entry("INSTANT", "Instant"),
          Map.entry("LOCAL_DATE", "LocalDate"),
          Map.entry("LOCAL_TIME", "LocalTime"),
          Map.entry("LOCAL_DATE_TIME", "LocalDateTime"),
          Map.entry("OFFSET_DATE_TIME", "OffsetDateTime"),
          Map.entry("OFFSET_TIME", "OffsetTime"),
          Map.entry("ZONED_DATE_TIME", "ZonedDateTime"),
          Map.entry("DURATION", "Duration"),
          Map.entry("PERIOD", "Period"),
          Map.entry("YEAR", "Year"),
          Map.entry("YEAR_MONTH", "YearMonth"),
          Map.entry("MONTH_DAY", "MonthDay"),
          Map.entry("ZONE_ID", "ZoneId"),
          Map.entry("ZONE_OFFSET", "ZoneOffset"));

  /** A value of one of the runtime's codecs: {@code long}, {@code String}, {@code Instant}... */
  record Scalar(String name) implements ContractType {}

  /** An enum or a record, by canonical name. */
  record Named(String name) implements ContractType {}

  record ListOf(ContractType element) implements ContractType {}

  record SetOf(ContractType element) implements ContractType {}

  record Nullable(ContractType type) implements ContractType {}

  /** {@code List<String?>}, {@code com.example.Address?}. */
  default String spelling() {
    return switch (this) {
      case Scalar scalar -> scalar.name();
      case Named named -> named.name();
      case ListOf list -> "List<" + list.element().spelling() + ">";
      case SetOf set -> "Set<" + set.element().spelling() + ">";
      case Nullable nullable -> nullable.type().spelling() + "?";
    };
  }

  /** The type without its {@code ?}. */
  default ContractType nonNull() {
    return this instanceof Nullable nullable ? nullable.type() : this;
  }

  /** Reads a type as {@link #spelling()} writes it. */
  static ContractType parse(String text) {
    if (text.endsWith("?")) {
      return new Nullable(parse(text.substring(0, text.length() - 1)));
    }
    if (text.startsWith("List<") && text.endsWith(">")) {
      return new ListOf(parse(text.substring(5, text.length() - 1)));
    }
    if (text.startsWith("Set<") && text.endsWith(">")) {
      return new SetOf(parse(text.substring(4, text.length() - 1)));
    }
    if (!text.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*")) {
      throw new IllegalArgumentException("'" + text + "' is not a type");
    }
    return SCALARS.containsValue(text) ? new Scalar(text) : new Named(text);
  }
}

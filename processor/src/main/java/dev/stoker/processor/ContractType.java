package dev.stoker.processor;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A stored field's type as the job contract spells it: what the stored JSON holds, whatever Java
 * type reads it. {@code long} stands for {@code long} and a non-null {@code Long} alike, a trailing
 * {@code ?} for a field that may hold null; enums and records are named by their canonical names,
 * and the contract lists their constants and components apart.
 */
sealed interface ContractType {

  /**
   * The spelling of each of the runtime's value codecs, by the codec's constant: a box's primitive
   * ({@code long}), or else the type's simple name ({@code String}, {@code Instant}).
   */
  Map<String, String> SCALARS =
      ArgumentTypes.CONSTANTS.entrySet().stream()
          .collect(
              Collectors.toUnmodifiableMap(
                  Map.Entry::getValue,
                  type ->
                      type.getKey().startsWith("java.lang.") && !type.getKey().endsWith(".String")
                          ? type.getValue().toLowerCase(Locale.ROOT)
                          : type.getKey().substring(type.getKey().lastIndexOf('.') + 1)));

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

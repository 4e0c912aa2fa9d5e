package dev.stoker.processor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Decides whether a parameter's type can be stored as a job argument, and with which codec; when it
 * cannot, says why, naming the part of the type that is wrong and what to use instead.
 */
final class ArgumentTypes {

  /** The outcome for one parameter. */
  sealed interface Resolution {
    record Storable(ArgumentType type) implements Resolution {}

    /** Why not, as the end of {@link Message#PARAMETER_NOT_STORABLE}. */
    record Unstorable(String reason) implements Resolution {}

    /** The type does not exist (yet): javac reports it, or another processor generates it. */
    record Unresolved() implements Resolution {}
  }

  /** The codec constant of each value type, by qualified name. */
  static final Map<String, String> CONSTANTS =
      Map.ofEntries(
          Map.entry("java.lang.Boolean", "BOOLEAN"),
          Map.entry("java.lang.Byte", "BYTE"),
          Map.entry("java.lang.Short", "SHORT"),
          Map.entry("java.lang.Integer", "INT"),
          Map.entry("java.lang.Long", "LONG"),
          Map.entry("java.lang.Float", "FLOAT"),
          Map.entry("java.lang.Double", "DOUBLE"),
          Map.entry("java.lang.Character", "CHAR"),
          Map.entry("java.lang.String", "STRING"),
          Map.entry("java.util.UUID", "UUID"),
          Map.entry("java.math.BigDecimal", "BIG_DECIMAL"),
          Map.entry("java.math.BigInteger", "BIG_INTEGER"),
          Map.entry("java.time.Instant", "INSTANT"),
          Map.entry("java.time.LocalDate", "LOCAL_DATE"),
          Map.entry("java.time.LocalTime", "LOCAL_TIME"),
          Map.entry("java.time.LocalDateTime", "LOCAL_DATE_TIME"),
          Map.entry("java.time.OffsetDateTime", "OFFSET_DATE_TIME"),
          Map.entry("java.time.OffsetTime", "OFFSET_TIME"),
          Map.entry("java.time.ZonedDateTime", "ZONED_DATE_TIME"),
          Map.entry("java.time.Duration", "DURATION"),
          Map.entry("java.time.Period", "PERIOD"),
          Map.entry("java.time.Year", "YEAR"),
          Map.entry("java.time.YearMonth", "YEAR_MONTH"),
          Map.entry("java.time.MonthDay", "MONTH_DAY"),
          Map.entry("java.time.ZoneId", "ZONE_ID"),
          Map.entry("java.time.ZoneOffset", "ZONE_OFFSET"));

  private final Elements elements;
  private final Types types;
  private final UnstorableAdvice advice;

  ArgumentTypes(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.advice = new UnstorableAdvice(elements, types);
  }

  /** How the parameter is stored by generated code in the given package, or why it cannot be. */
  Resolution resolve(VariableElement parameter, String packageName) {
    Walk walk = new Walk(packageName);
    try {
      return new Resolution.Storable(
          walk.resolve(
              parameter.asType(),
              Nullability.isNullable(parameter),
              new ArgumentPlace.Parameter(parameter.getSimpleName().toString())));
    } catch (Rejected rejected) {
      return rejected.resolution;
    }
  }

  /** Stops the walk at the first part of the type that cannot be stored. */
  private static final class Rejected extends RuntimeException {
    final Resolution resolution;

    Rejected(Resolution resolution) {
      super(null, null, false, false);
      this.resolution = resolution;
    }
  }

  /** One walk over one parameter's type, remembering the records on the way to catch cycles. */
  private final class Walk {
    private final String packageName;
    private final Deque<TypeElement> recordsInProgress = new ArrayDeque<>();
    private final Map<TypeElement, ArgumentType.RecordOf> recordsDone = new HashMap<>();

    Walk(String packageName) {
      this.packageName = packageName;
    }

    ArgumentType resolve(TypeMirror type, boolean nullable, ArgumentPlace place) {
      ArgumentType resolved = resolveNonNull(type, place);
      return nullable && !type.getKind().isPrimitive()
          ? new ArgumentType.Nullable(resolved)
          : resolved;
    }

    private ArgumentType resolveNonNull(TypeMirror type, ArgumentPlace place) {
      return switch (type.getKind()) {
        case ERROR -> throw new Rejected(new Resolution.Unresolved());
        case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE ->
            new ArgumentType.Constant(
                CONSTANTS.get(
                    types.boxedClass((PrimitiveType) type).getQualifiedName().toString()));
        case ARRAY -> throw reject(type, place, advice.forArray((ArrayType) type));
        case TYPEVAR ->
            throw reject(type, place, Message.NO_TYPE_VARIABLE.format(TypeDisplay.of(type)));
        case DECLARED -> declared((DeclaredType) type, place);
        default -> throw reject(type, place, Message.PASS_VALUES.format());
      };
    }

    private ArgumentType declared(DeclaredType type, ArgumentPlace place) {
      TypeElement element = (TypeElement) type.asElement();
      String name = element.getQualifiedName().toString();
      if (CONSTANTS.containsKey(name)) {
        return new ArgumentType.Constant(CONSTANTS.get(name));
      }
      if (name.equals("java.util.List") || name.equals("java.util.Set")) {
        return collection(type, element, place);
      }
      if (element.getKind() == ElementKind.ENUM) {
        requireAccessible(type, element, place);
        return new ArgumentType.EnumOf(element);
      }
      if (element.getKind() == ElementKind.RECORD) {
        return record(type, element, place);
      }
      throw reject(type, place, advice.forDeclared(type, place));
    }

    private ArgumentType collection(DeclaredType type, TypeElement element, ArgumentPlace place) {
      String collection = element.getSimpleName().toString();
      if (type.getTypeArguments().isEmpty()) {
        throw reject(type, place, Message.NO_RAW_TYPE.format(collection));
      }
      TypeMirror elementType = type.getTypeArguments().get(0);
      if (elementType instanceof WildcardType wildcard) {
        TypeMirror bound = wildcard.getExtendsBound();
        throw reject(
            type,
            place,
            Message.NO_WILDCARD.format(
                collection, bound == null ? "String" : TypeDisplay.of(bound)));
      }
      ArgumentType resolved =
          resolve(
              elementType,
              Nullability.isNullable(elementType),
              new ArgumentPlace.ElementsOf(place, collection));
      return collection.equals("List")
          ? new ArgumentType.ListOf(resolved)
          : new ArgumentType.SetOf(resolved);
    }

    private ArgumentType record(DeclaredType type, TypeElement record, ArgumentPlace place) {
      if (!record.getTypeParameters().isEmpty()) {
        throw reject(type, place, Message.NO_GENERIC_RECORD.format(TypeDisplay.of(record)));
      }
      requireAccessible(type, record, place);
      if (recordsDone.containsKey(record)) {
        return recordsDone.get(record);
      }
      if (recordsInProgress.contains(record)) {
        throw reject(type, place, Message.NO_RECURSIVE_RECORD.format(TypeDisplay.of(record)));
      }
      recordsInProgress.push(record);
      List<ArgumentType.Component> components = new ArrayList<>();
      for (RecordComponentElement component : record.getRecordComponents()) {
        String name = component.getSimpleName().toString();
        components.add(
            new ArgumentType.Component(
                name,
                resolve(
                    component.asType(),
                    Nullability.isNullable(component),
                    new ArgumentPlace.Component(record, name)),
                Fallback.of(component)));
      }
      recordsInProgress.pop();
      ArgumentType.RecordOf resolved = new ArgumentType.RecordOf(record, List.copyOf(components));
      recordsDone.put(record, resolved);
      return resolved;
    }

    private void requireAccessible(DeclaredType type, TypeElement element, ArgumentPlace place) {
      if (!Visibility.isAccessibleFrom(element, packageName, elements)) {
        String where = packageName.isEmpty() ? "the unnamed package" : packageName;
        throw reject(type, place, Message.NOT_ACCESSIBLE.format(TypeDisplay.of(element), where));
      }
    }

    private Rejected reject(TypeMirror type, ArgumentPlace place, String advice) {
      return new Rejected(new Resolution.Unstorable(place.prefix(type) + advice));
    }
  }
}

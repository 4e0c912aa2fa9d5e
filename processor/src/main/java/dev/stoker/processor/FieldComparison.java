package dev.stoker.processor;

import dev.stoker.processor.Contract.EnumEntry;
import dev.stoker.processor.Contract.Field;
import dev.stoker.processor.Contract.RecordEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;

/**
 * Compares the stored fields of a job or record in the committed contract with the code: a field is
 * found under its name or a former name, must read the type stored jobs hold (the same, or one that
 * reads it: a wider number, a nullable one), and a new field must read jobs stored without it.
 * Records and enums are compared by their components and constants, whatever their names.
 */
final class FieldComparison {

  /** The types that read each scalar's stored values besides itself, without loss. */
  private static final Map<String, Set<String>> WIDER =
      Map.of(
          "byte", Set.of("short", "int", "long", "float", "double", "BigInteger", "BigDecimal"),
          "short", Set.of("int", "long", "float", "double", "BigInteger", "BigDecimal"),
          "int", Set.of("long", "double", "BigInteger", "BigDecimal"),
          "long", Set.of("BigInteger", "BigDecimal"),
          "float", Set.of("double"),
          "char", Set.of("String"),
          "BigInteger", Set.of("BigDecimal"));

  /** A field of the code, with the element it is reported on. */
  record CodeField(Field field, Element element) {}

  /**
   * Whose fields are compared.
   *
   * @param noun "parameter" or "component"
   * @param of whose, as in "of job 'mail'"
   * @param markerHome where {@code @BreaksStoredJobs} accepts a break
   * @param where {@code markerHome} in words
   * @param record the record, whose removed components are breaks; null for a job
   */
  record Owner(String noun, String of, Element markerHome, String where, TypeElement record) {}

  private final Contract committed;
  private final CodeContract code;
  private final List<ContractBreak> breaks;
  private final Set<List<String>> comparedTypes = new HashSet<>();

  FieldComparison(Contract committed, CodeContract code, List<ContractBreak> breaks) {
    this.committed = committed;
    this.code = code;
    this.breaks = breaks;
  }

  void compare(Map<String, Field> old, List<CodeField> now, Owner owner) {
    Set<Field> read = new HashSet<>();
    for (CodeField codeField : now) {
      Field field = codeField.field();
      List<Field> sources =
          old.values().stream()
              .filter(stored -> !Collections.disjoint(stored.storedNames(), field.storedNames()))
              .sorted(Comparator.comparing(Field::name))
              .toList();
      read.addAll(sources);
      if (sources.isEmpty() && !field.readsMissing()) {
        add(owner, codeField, "added without a default", added(old, now, field, owner));
      }
      for (Field source : sources) {
        compare(source, codeField, owner);
      }
    }
    if (owner.record() != null) {
      old.values().stream()
          .filter(field -> !read.contains(field))
          .sorted(Comparator.comparing(Field::name))
          .forEach(field -> componentRemoved(field, owner));
    }
  }

  private void compare(Field source, CodeField codeField, Owner owner) {
    Field field = codeField.field();
    String subject = subject(owner, field);
    if (!reads(source.type(), field.type())) {
      String from = source.type().spelling();
      String to = field.type().spelling();
      boolean madeNonNull =
          source.type() instanceof ContractType.Nullable
              && reads(source.type().nonNull(), field.type());
      add(
          owner,
          codeField,
          from + " -> " + to,
          madeNonNull
              ? Message.CONTRACT_FIELD_MADE_NON_NULL.format(subject, from)
              : Message.CONTRACT_FIELD_RETYPED.format(subject, to, from, to, from));
    }
    if (!field.readsMissing()) {
      source.storedNames().stream()
          .filter(name -> !field.storedNames().contains(name))
          .sorted()
          .findFirst()
          .ifPresent(
              name ->
                  add(
                      owner,
                      codeField,
                      "alias " + name + " removed",
                      Message.CONTRACT_FORMER_NAME_REMOVED.format(subject, name, name)));
    }
    if (source.defaultValue() != null && !field.readsMissing()) {
      String literal = ContractFormat.quote(source.defaultValue());
      add(
          owner,
          codeField,
          "default removed",
          Message.CONTRACT_DEFAULT_REMOVED.format(subject, literal));
    }
  }

  /**
   * The message for a new field without a default; a field of its type gone with it hints at a
   * rename.
   */
  private static String added(
      Map<String, Field> old, List<CodeField> now, Field field, Owner owner) {
    String renamed =
        old.values().stream()
            .filter(stored -> stored.type().nonNull().equals(field.type().nonNull()))
            .filter(
                stored ->
                    now.stream().noneMatch(f -> f.field().storedNames().contains(stored.name())))
            .map(Field::name)
            .sorted()
            .findFirst()
            .map(name -> Message.CONTRACT_RENAMED_HINT.format(name, name))
            .orElse("");
    return Message.CONTRACT_FIELD_ADDED.format(subject(owner, field), renamed);
  }

  private void componentRemoved(Field field, Owner owner) {
    String record = TypeDisplay.of(owner.record());
    breaks.add(
        new ContractBreak(
            Message.CONTRACT_COMPONENT_REMOVED.format(
                field.name(), record, field.type().spelling()),
            "component " + field.name() + ": removed",
            owner.record(),
            null,
            owner.markerHome(),
            owner.where()));
  }

  /** Whether a field of the new type reads the values stored as the old one. */
  private boolean reads(ContractType stored, ContractType type) {
    if (type instanceof ContractType.Nullable nullable) {
      return reads(stored.nonNull(), nullable.type());
    }
    return switch (stored) {
      case ContractType.Nullable nullable -> false;
      case ContractType.Scalar scalar ->
          type instanceof ContractType.Scalar other
              && (scalar.equals(other)
                  || WIDER.getOrDefault(scalar.name(), Set.of()).contains(other.name()));
      case ContractType.ListOf list ->
          type instanceof ContractType.ListOf other && reads(list.element(), other.element());
      case ContractType.SetOf set ->
          (type instanceof ContractType.SetOf other && reads(set.element(), other.element()))
              || (type instanceof ContractType.ListOf list && reads(set.element(), list.element()));
      case ContractType.Named named ->
          type instanceof ContractType.Named other && readsNamed(named.name(), other.name());
    };
  }

  /**
   * Whether the record or enum reads the one stored, reporting its own breaks: a record is compared
   * component by component, an enum constant by constant. One the contract does not describe is
   * taken as read.
   */
  private boolean readsNamed(String stored, String now) {
    RecordEntry storedRecord = committed.records().get(stored);
    EnumEntry storedEnum = committed.enums().get(stored);
    TypeElement type = code.types().get(now);
    if (storedRecord != null && type.getKind() == ElementKind.RECORD) {
      if (comparedTypes.add(List.of(stored, now))) {
        compareRecord(storedRecord, type);
      }
      return true;
    }
    if (storedEnum != null && type.getKind() == ElementKind.ENUM) {
      if (comparedTypes.add(List.of(stored, now))) {
        compareEnum(storedEnum, type);
      }
      return true;
    }
    return storedRecord == null && storedEnum == null;
  }

  private void compareRecord(RecordEntry stored, TypeElement record) {
    Map<String, Field> fields =
        code.contract().records().get(record.getQualifiedName().toString()).components();
    List<CodeField> components = new ArrayList<>();
    for (RecordComponentElement component : record.getRecordComponents()) {
      components.add(new CodeField(fields.get(component.getSimpleName().toString()), component));
    }
    String display = TypeDisplay.of(record);
    compare(
        stored.components(),
        components,
        new Owner("component", "of record " + display, record, "record " + display, record));
  }

  private void compareEnum(EnumEntry stored, TypeElement enumType) {
    Set<String> constants =
        code.contract().enums().get(enumType.getQualifiedName().toString()).constants();
    String display = TypeDisplay.of(enumType);
    stored.constants().stream()
        .filter(constant -> !constants.contains(constant))
        .sorted()
        .forEach(
            constant ->
                breaks.add(
                    new ContractBreak(
                        Message.CONTRACT_CONSTANT_REMOVED.format(constant, display),
                        "constant " + constant + ": removed",
                        enumType,
                        null,
                        enumType,
                        "enum " + display)));
  }

  private void add(Owner owner, CodeField field, String change, String message) {
    breaks.add(
        new ContractBreak(
            message,
            owner.noun() + " " + field.field().name() + ": " + change,
            field.element(),
            null,
            owner.markerHome(),
            owner.where()));
  }

  private static String subject(Owner owner, Field field) {
    String noun = owner.noun();
    return Character.toUpperCase(noun.charAt(0))
        + noun.substring(1)
        + " '"
        + field.name()
        + "' "
        + owner.of();
  }
}

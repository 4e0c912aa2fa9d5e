package dev.stoker.processor;

import java.util.List;
import java.util.function.Consumer;
import javax.lang.model.element.TypeElement;

/**
 * How one job argument (or one part of it) is stored: which of the runtime's codecs writes and
 * reads it. Describes the codec without naming JavaPoet, which only the writers use.
 */
sealed interface ArgumentType {

  /** Visits the records this type holds, each after the records its components hold. */
  default void forEachRecord(Consumer<RecordOf> visit) {
    switch (this) {
      case Constant constant -> {}
      case EnumOf enumOf -> {}
      case ListOf listOf -> listOf.element().forEachRecord(visit);
      case SetOf setOf -> setOf.element().forEachRecord(visit);
      case Nullable nullable -> nullable.type().forEachRecord(visit);
      case RecordOf record -> {
        record.components().forEach(component -> component.type().forEachRecord(visit));
        visit.accept(record);
      }
    }
  }

  /** One of the constants of {@code Codecs}, such as {@code LONG} or {@code INSTANT}. */
  record Constant(String name) implements ArgumentType {}

  /** {@code Codecs.enumOf(type)}. */
  record EnumOf(TypeElement type) implements ArgumentType {}

  /** {@code Codecs.listOf(element)}. */
  record ListOf(ArgumentType element) implements ArgumentType {}

  /** {@code Codecs.setOf(element)}. */
  record SetOf(ArgumentType element) implements ArgumentType {}

  /** {@code Codecs.nullable(type)}. */
  record Nullable(ArgumentType type) implements ArgumentType {}

  /** A record stored as an object of its components, through its own codec constant. */
  record RecordOf(TypeElement type, List<Component> components) implements ArgumentType {}

  /**
   * One record component: its name (also its accessor's), how it is stored, and how records stored
   * before it was added or renamed are read.
   */
  record Component(String name, ArgumentType type, Fallback fallback) {}
}

package dev.stoker.processor;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/** Where a type sits inside a parameter's type, so that a message names the part at fault. */
sealed interface ArgumentPlace {

  /** The parameter's own type. */
  record Parameter(String name) implements ArgumentPlace {}

  /** The type of a component of a record among the arguments. */
  record Component(TypeElement record, String name) implements ArgumentPlace {}

  /** The element type of a {@code List} or {@code Set}. */
  record ElementsOf(ArgumentPlace owner, String collection) implements ArgumentPlace {}

  /** What a message says before its advice; nothing for the parameter's own type. */
  default String prefix(TypeMirror type) {
    return switch (this) {
      case Parameter parameter -> "";
      case Component component -> noun() + " has type " + TypeDisplay.of(type) + "; ";
      case ElementsOf elementsOf -> noun() + " have type " + TypeDisplay.of(type) + "; ";
    };
  }

  /** The name an id would be named after: the parameter's or the component's. */
  default String baseName() {
    return switch (this) {
      case Parameter parameter -> parameter.name();
      case Component component -> component.name();
      case ElementsOf elementsOf -> elementsOf.owner().baseName();
    };
  }

  private String noun() {
    return switch (this) {
      case Parameter parameter -> "the parameter";
      case Component c -> "component '" + c.name() + "' of record " + TypeDisplay.of(c.record());
      case ElementsOf e ->
          e.owner() instanceof Parameter ? "its elements" : "the elements of " + e.owner().noun();
    };
  }
}

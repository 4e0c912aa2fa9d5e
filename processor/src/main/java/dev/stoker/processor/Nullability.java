package dev.stoker.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.type.TypeMirror;

/**
 * Whether a parameter, record component or type argument may be null: when it carries any
 * annotation named {@code Nullable}, on the declaration or on its type (JSpecify, JSR 305, Checker
 * Framework, Jakarta, or the application's own).
 */
final class Nullability {

  private Nullability() {}

  static boolean isNullable(Element element) {
    return hasNullable(element.getAnnotationMirrors()) || isNullable(element.asType());
  }

  static boolean isNullable(TypeMirror type) {
    return hasNullable(type.getAnnotationMirrors());
  }

  /** A component's annotation may have been propagated to its accessor only. */
  static boolean isNullable(RecordComponentElement component) {
    ExecutableElement accessor = component.getAccessor();
    return isNullable((Element) component)
        || (accessor != null
            && (hasNullable(accessor.getAnnotationMirrors())
                || isNullable(accessor.getReturnType())));
  }

  private static boolean hasNullable(List<? extends AnnotationMirror> annotations) {
    return annotations.stream()
        .anyMatch(
            annotation ->
                annotation
                    .getAnnotationType()
                    .asElement()
                    .getSimpleName()
                    .contentEquals("Nullable"));
  }
}

package dev.stoker.processor;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Reads Stoker's annotations from elements through their mirrors, as errors point at them. */
final class AnnotationValues {

  private AnnotationValues() {}

  /** The annotation of the given type on the element, if it has one. */
  static Optional<AnnotationMirror> mirror(
      Element element, Class<? extends Annotation> annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotation.getCanonicalName())) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** The annotation's {@code value}. */
  static AnnotationValue value(AnnotationMirror mirror) {
    for (var entry : mirror.getElementValues().entrySet()) {
      ExecutableElement attribute = entry.getKey();
      if (attribute.getSimpleName().contentEquals("value")) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException(mirror + " has no value");
  }

  /** A {@code String[]} attribute's strings: an array, or a single value written without braces. */
  static List<String> strings(AnnotationValue value) {
    if (value.getValue() instanceof List<?> values) {
      return values.stream().map(item -> (String) ((AnnotationValue) item).getValue()).toList();
    }
    return List.of((String) value.getValue());
  }
}

package dev.stoker.processor;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The problems found in @Job methods, collected so that they are all printed at once and nothing is
 * generated while any exists. A report also remembers whether a type was missing: javac reports
 * those itself, and another processor may still generate them in a later round.
 */
final class ValidationReport {

  /** One error, with the element (and, for an attribute, the annotation value) it points at. */
  record Problem(
      String message, Element element, AnnotationMirror annotation, AnnotationValue value) {}

  private final List<Problem> problems = new ArrayList<>();
  private boolean unresolvedTypes;

  void error(String message, Element element) {
    problems.add(new Problem(message, element, null, null));
  }

  void error(String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    problems.add(new Problem(message, element, annotation, value));
  }

  void unresolvedType() {
    unresolvedTypes = true;
  }

  boolean hasUnresolvedTypes() {
    return unresolvedTypes;
  }

  boolean isClean() {
    return problems.isEmpty();
  }

  void addAll(ValidationReport other) {
    problems.addAll(other.problems);
  }

  void printTo(Messager messager) {
    for (Problem problem : problems) {
      messager.printMessage(
          Diagnostic.Kind.ERROR,
          problem.message(),
          problem.element(),
          problem.annotation(),
          problem.value());
    }
  }
}

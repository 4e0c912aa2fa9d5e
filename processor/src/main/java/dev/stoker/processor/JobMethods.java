package dev.stoker.processor;

import dev.stoker.annotation.Job;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The {@code @Job} methods to process in a round, sorted so that generated code and messages do not
 * depend on the order javac was given the files; and those deferred from an earlier round because
 * one of their types did not exist yet (another processor may generate it).
 */
final class JobMethods {

  /** A method by its type's name and its place there: elements may not outlive their round. */
  private record MethodName(String type, int index) {}

  private final Elements elements;
  private final Set<MethodName> deferred = new LinkedHashSet<>();

  JobMethods(Elements elements) {
    this.elements = elements;
  }

  List<ExecutableElement> of(RoundEnvironment round) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (MethodName name : deferred) {
      TypeElement type = elements.getTypeElement(name.type());
      if (type != null) {
        methods.add((ExecutableElement) type.getEnclosedElements().get(name.index()));
      }
    }
    deferred.clear();
    for (Element element : round.getElementsAnnotatedWith(Job.class)) {
      if (element.getKind() == ElementKind.METHOD) {
        methods.add((ExecutableElement) element);
      }
    }
    methods.sort(
        Comparator.comparing((ExecutableElement method) -> typeName(method))
            .thenComparing(
                method -> method.getEnclosingElement().getEnclosedElements().indexOf(method)));
    return methods;
  }

  /**
   * Looks at the method again next round. A method of a local class cannot be found again; javac
   * reports its missing type anyway.
   */
  void defer(ExecutableElement method) {
    TypeElement type = (TypeElement) method.getEnclosingElement();
    if (!type.getQualifiedName().isEmpty()) {
      deferred.add(
          new MethodName(
              type.getQualifiedName().toString(), type.getEnclosedElements().indexOf(method)));
    }
  }

  private String typeName(ExecutableElement method) {
    return elements.getBinaryName((TypeElement) method.getEnclosingElement()).toString();
  }
}

package dev.stoker.processor;

import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The elements of the current round that stand for elements of an earlier one: javac enters the
 * members of classes anew each round, and a message on an element of an earlier round has no source
 * position. Found by the type's name, then by place or name within it.
 */
final class FreshElements {

  private final Elements elements;

  FreshElements(Elements elements) {
    this.elements = elements;
  }

  /** The element of this round; the element itself if it cannot be found again. */
  Element of(Element stale) {
    if (stale == null) {
      return null;
    }
    Element fresh =
        switch (stale.getKind()) {
          case METHOD -> member(stale);
          case PARAMETER -> parameter(stale);
          case RECORD_COMPONENT -> component(stale);
          default ->
              stale instanceof TypeElement type
                  ? elements.getTypeElement(type.getQualifiedName())
                  : null;
        };
    return fresh != null ? fresh : stale;
  }

  /** The method of the same name and parameter types: the old list of members is gone. */
  private Element member(Element stale) {
    List<String> signature = signature((ExecutableElement) stale);
    return of(stale.getEnclosingElement()).getEnclosedElements().stream()
        .filter(member -> member.getKind() == stale.getKind())
        .filter(member -> member.getSimpleName().equals(stale.getSimpleName()))
        .filter(member -> signature((ExecutableElement) member).equals(signature))
        .findFirst()
        .orElse(null);
  }

  private static List<String> signature(ExecutableElement method) {
    return method.getParameters().stream().map(p -> p.asType().toString()).toList();
  }

  private Element parameter(Element stale) {
    ExecutableElement method = (ExecutableElement) stale.getEnclosingElement();
    int index = method.getParameters().indexOf(stale);
    return of(method) instanceof ExecutableElement fresh && fresh.getParameters().size() > index
        ? fresh.getParameters().get(index)
        : null;
  }

  private Element component(Element stale) {
    return of(stale.getEnclosingElement()) instanceof TypeElement record
        ? record.getRecordComponents().stream()
            .filter(component -> component.getSimpleName().equals(stale.getSimpleName()))
            .findFirst()
            .orElse(null)
        : null;
  }
}

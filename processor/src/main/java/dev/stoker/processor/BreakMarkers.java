package dev.stoker.processor;

import dev.stoker.annotation.BreaksStoredJobs;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;

/**
 * The breaks accepted on purpose with {@code @BreaksStoredJobs}: on the element a break is reported
 * on or an element around it, or, for a job that is gone, anywhere in the module.
 */
final class BreakMarkers {

  private final Set<String> inModule = new HashSet<>();

  /** Remembers the markers of the round's elements. */
  void collect(RoundEnvironment round) {
    for (Element element : round.getElementsAnnotatedWith(BreaksStoredJobs.class)) {
      inModule.addAll(accepted(element));
    }
  }

  /** Whether a marker on the element, or around it, accepts the change; anywhere for null. */
  boolean accepts(String change, Element home) {
    if (home == null) {
      return inModule.contains(change);
    }
    for (Element e = home; e != null; e = e.getEnclosingElement()) {
      if (accepted(e).contains(change)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> accepted(Element element) {
    return AnnotationValues.mirror(element, BreaksStoredJobs.class)
        .map(marker -> AnnotationValues.strings(AnnotationValues.value(marker)))
        .orElse(List.of());
  }
}

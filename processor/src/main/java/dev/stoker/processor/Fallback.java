package dev.stoker.processor;

import dev.stoker.annotation.Alias;
import dev.stoker.annotation.Default;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * Where the generated reader finds a stored field that jobs stored before a change lack under its
 * name: its former names ({@code @Alias}), then its {@code @Default}.
 *
 * @param formerNames the names to read it under when its own is missing, first found first
 * @param defaultValue the text of its value when none of them is stored, or null
 */
record Fallback(List<String> formerNames, String defaultValue) {

  /** The fallback a parameter or record component declares. */
  static Fallback of(Element element) {
    List<String> formerNames =
        AnnotationValues.mirror(element, Alias.class)
            .map(alias -> AnnotationValues.strings(AnnotationValues.value(alias)))
            .orElse(List.of());
    String defaultValue =
        AnnotationValues.mirror(element, Default.class)
            .map(value -> (String) AnnotationValues.value(value).getValue())
            .orElse(null);
    return new Fallback(List.copyOf(formerNames.stream().distinct().toList()), defaultValue);
  }

  boolean hasDefault() {
    return defaultValue != null;
  }
}

package dev.stoker.processor;

import dev.stoker.annotation.Job;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The attributes of one method's {@code @Job}, read from its mirror so that errors can point at the
 * attribute that is wrong.
 */
record JobAnnotation(
    AnnotationMirror mirror,
    Map<String, AnnotationValue> explicit,
    String name,
    List<String> aliases,
    String queue,
    int retries,
    int priority,
    String cron,
    String zone,
    String except,
    String misfire,
    String maxLag,
    String timeout,
    boolean exclusive,
    int concurrency,
    String concurrencyKey,
    boolean unique,
    List<String> uniqueKey,
    String uniqueFor,
    int rateLimit,
    String ratePeriod,
    String rateLimitKey) {

  static JobAnnotation of(ExecutableElement method, Elements elements) {
    AnnotationMirror mirror = mirrorOf(method);
    Map<String, AnnotationValue> explicit = byName(mirror.getElementValues());
    Map<String, AnnotationValue> values = byName(elements.getElementValuesWithDefaults(mirror));
    return new JobAnnotation(
        mirror,
        Map.copyOf(explicit),
        (String) values.get("name").getValue(),
        AnnotationValues.strings(values.get("aliases")),
        (String) values.get("queue").getValue(),
        (Integer) values.get("retries").getValue(),
        (Integer) values.get("priority").getValue(),
        (String) values.get("cron").getValue(),
        (String) values.get("zone").getValue(),
        (String) values.get("except").getValue(),
        // An enum constant's value is its element: its name is all the generated code needs.
        values.get("misfire").getValue().toString(),
        (String) values.get("maxLag").getValue(),
        (String) values.get("timeout").getValue(),
        (Boolean) values.get("exclusive").getValue(),
        (Integer) values.get("concurrency").getValue(),
        (String) values.get("concurrencyKey").getValue(),
        (Boolean) values.get("unique").getValue(),
        AnnotationValues.strings(values.get("uniqueKey")),
        (String) values.get("uniqueFor").getValue(),
        (Integer) values.get("rateLimit").getValue(),
        (String) values.get("ratePeriod").getValue(),
        (String) values.get("rateLimitKey").getValue());
  }

  /** The value written for the attribute, or null when it has its default. */
  AnnotationValue valueOf(String attribute) {
    return explicit.get(attribute);
  }

  private static AnnotationMirror mirrorOf(ExecutableElement method) {
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(Job.class.getCanonicalName())) {
        return mirror;
      }
    }
    throw new IllegalArgumentException(method + " is not annotated @Job");
  }

  private static Map<String, AnnotationValue> byName(
      Map<? extends ExecutableElement, ? extends AnnotationValue> values) {
    Map<String, AnnotationValue> byName = new HashMap<>();
    values.forEach((key, value) -> byName.put(key.getSimpleName().toString(), value));
    return byName;
  }
}

package dev.stoker.processor;

import dev.stoker.annotation.Alias;
import dev.stoker.annotation.Default;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;

/**
 * Checks the {@code @Default} and {@code @Alias} of a job's stored parameters, and of the
 * components of the records among them: that a default reads as a value of its type, and that
 * former names are identifiers no other field of the job or record reads.
 */
final class FallbackValidator {

  /** Records are checked once, however many jobs store them. */
  private final Set<TypeElement> checkedRecords = new HashSet<>();

  /** Checks one stored parameter, and the records its type contains. */
  void checkParameter(
      ExecutableElement method, Element parameter, ArgumentType type, ValidationReport report) {
    String subject =
        "parameter '" + parameter.getSimpleName() + "' of @Job " + method.getSimpleName();
    checkDefault(parameter, subject, type, report);
    checkRecords(type, report);
  }

  /** Checks that no two of the fields read one stored name. */
  void checkNames(List<? extends Element> fields, String owner, ValidationReport report) {
    Map<String, Element> readers = new HashMap<>();
    fields.forEach(field -> readers.put(field.getSimpleName().toString(), field));
    for (Element field : fields) {
      String subject = fieldNoun(field) + " '" + field.getSimpleName() + "' of " + owner;
      AnnotationValues.mirror(field, Alias.class)
          .ifPresent(alias -> checkFormerNames(field, alias, subject, readers, report));
    }
  }

  private static void checkFormerNames(
      Element field,
      AnnotationMirror alias,
      String subject,
      Map<String, Element> readers,
      ValidationReport report) {
    for (String former : Fallback.of(field).formerNames()) {
      if (!SourceVersion.isIdentifier(former) || SourceVersion.isKeyword(former)) {
        report.error(
            Message.INVALID_FORMER_NAME.format(former, subject, fieldNoun(field)),
            field,
            alias,
            AnnotationValues.value(alias));
        continue;
      }
      Element other = readers.putIfAbsent(former, field);
      if (other != null) {
        report.error(
            Message.FORMER_NAME_TAKEN.format(
                former,
                subject,
                other == field
                    ? "the " + fieldNoun(field) + " itself"
                    : "'" + other.getSimpleName() + "'"),
            field,
            alias,
            AnnotationValues.value(alias));
      }
    }
  }

  private static void checkDefault(
      Element field, String subject, ArgumentType type, ValidationReport report) {
    AnnotationValues.mirror(field, Default.class)
        .ifPresent(
            annotation -> {
              String text = Fallback.of(field).defaultValue();
              String display = TypeDisplay.of(field.asType());
              String message =
                  DefaultValues.problem(type, text)
                      .map(
                          reason ->
                              isRecord(type)
                                  ? Message.NO_DEFAULT_FOR_RECORD.format(subject, display)
                                  : Message.INVALID_DEFAULT.format(text, subject, display, reason))
                      .orElse(null);
              if (message != null) {
                report.error(message, field, annotation, AnnotationValues.value(annotation));
              }
            });
  }

  private void checkRecords(ArgumentType type, ValidationReport report) {
    type.forEachRecord(
        record -> {
          if (checkedRecords.add(record.type())) {
            checkRecord(record, report);
          }
        });
  }

  private void checkRecord(ArgumentType.RecordOf record, ValidationReport report) {
    List<? extends RecordComponentElement> elements = record.type().getRecordComponents();
    String owner = "record " + TypeDisplay.of(record.type());
    for (ArgumentType.Component component : record.components()) {
      Element element =
          elements.stream()
              .filter(e -> e.getSimpleName().contentEquals(component.name()))
              .findFirst()
              .orElseThrow();
      String subject = "component '" + component.name() + "' of " + owner;
      checkDefault(element, subject, component.type(), report);
    }
    checkNames(elements, owner, report);
  }

  private static boolean isRecord(ArgumentType type) {
    return type instanceof ArgumentType.RecordOf
        || (type instanceof ArgumentType.Nullable nullable
            && nullable.type() instanceof ArgumentType.RecordOf);
  }

  private static String fieldNoun(Element field) {
    return field instanceof RecordComponentElement ? "component" : "parameter";
  }
}

package dev.stoker.processor;

import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

/**
 * Types and methods as messages name them: as a reader wrote them in the source ({@code
 * List<User>}, {@code Outer.Inner}), without packages or annotations.
 */
final class TypeDisplay {

  private TypeDisplay() {}

  static String of(TypeMirror type) {
    return switch (type.getKind()) {
      case DECLARED -> declared((DeclaredType) type);
      case ARRAY -> of(((ArrayType) type).getComponentType()) + "[]";
      case TYPEVAR -> ((TypeVariable) type).asElement().getSimpleName().toString();
      case WILDCARD -> wildcard((WildcardType) type);
      case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE, VOID ->
          type.getKind().name().toLowerCase(java.util.Locale.ROOT);
      default -> type.toString();
    };
  }

  /** {@code Outer.Inner}: the simple names of the type and the types around it. */
  static String of(TypeElement type) {
    Element enclosing = type.getEnclosingElement();
    return enclosing instanceof TypeElement outer
        ? of(outer) + "." + type.getSimpleName()
        : type.getSimpleName().toString();
  }

  /** {@code WelcomeEmailService.welcomeEmail(long, String)}: tells overloads apart. */
  static String signature(ExecutableElement method) {
    return of((TypeElement) method.getEnclosingElement())
        + "."
        + method.getSimpleName()
        + method.getParameters().stream()
            .map(parameter -> of(parameter.asType()))
            .collect(Collectors.joining(", ", "(", ")"));
  }

  private static String declared(DeclaredType type) {
    String name = of((TypeElement) type.asElement());
    if (type.getTypeArguments().isEmpty()) {
      return name;
    }
    return type.getTypeArguments().stream()
        .map(TypeDisplay::of)
        .collect(Collectors.joining(", ", name + "<", ">"));
  }

  private static String wildcard(WildcardType type) {
    if (type.getExtendsBound() != null) {
      return "? extends " + of(type.getExtendsBound());
    }
    if (type.getSuperBound() != null) {
      return "? super " + of(type.getSuperBound());
    }
    return "?";
  }
}

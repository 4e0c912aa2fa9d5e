package dev.stoker.processor;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What to do instead of passing a type Stoker does not store, fit for the type: a List for an
 * array, {@code @Nullable} for an Optional, a record for a Map, the id of an entity.
 */
final class UnstorableAdvice {

  private static final Map<String, String> OPTIONALS =
      Map.of(
          "java.util.OptionalInt", "Integer",
          "java.util.OptionalLong", "Long",
          "java.util.OptionalDouble", "Double");

  private final Elements elements;
  private final Types types;

  UnstorableAdvice(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  String forArray(ArrayType array) {
    return Message.USE_LIST.format(TypeDisplay.of(boxed(array.getComponentType())));
  }

  String forDeclared(DeclaredType type, ArgumentPlace place) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    if (name.equals("java.util.Optional")) {
      String value =
          type.getTypeArguments().isEmpty()
              ? "Object"
              : TypeDisplay.of(type.getTypeArguments().get(0));
      return Message.USE_NULLABLE.format(value, TypeDisplay.of(type));
    }
    if (OPTIONALS.containsKey(name)) {
      return Message.USE_NULLABLE.format(OPTIONALS.get(name), TypeDisplay.of(type));
    }
    if (isA(type, "java.util.Map")) {
      return Message.USE_RECORD.format();
    }
    if (isA(type, "java.lang.Iterable")) {
      return Message.USE_LIST_OR_SET.format(
          type.getTypeArguments().size() == 1
              ? TypeDisplay.of(type.getTypeArguments().get(0))
              : "E");
    }
    Optional<TypeMirror> id = idType(type, element);
    if (id.isPresent()) {
      return place instanceof ArgumentPlace.ElementsOf elementsOf
          ? Message.PASS_IDS.format(elementsOf.collection(), TypeDisplay.of(boxed(id.get())))
          : Message.PASS_ID.format(TypeDisplay.of(id.get()), place.baseName());
    }
    return Message.PASS_VALUES.format();
  }

  private boolean isA(DeclaredType type, String supertype) {
    TypeElement element = elements.getTypeElement(supertype);
    return element != null
        && types.isAssignable(types.erasure(type), types.erasure(element.asType()));
  }

  /** The type of an entity's id: its {@code getId()} or {@code id()}, or its field {@code id}. */
  private Optional<TypeMirror> idType(DeclaredType type, TypeElement element) {
    for (Element member : elements.getAllMembers(element)) {
      if (member.getModifiers().contains(Modifier.STATIC)) {
        continue;
      }
      String name = member.getSimpleName().toString();
      if (member instanceof ExecutableElement method
          && method.getKind() == ElementKind.METHOD
          && (name.equals("getId") || name.equals("id"))
          && method.getParameters().isEmpty()
          && method.getReturnType().getKind() != TypeKind.VOID) {
        return Optional.of(((ExecutableType) memberType(type, method)).getReturnType());
      }
      if (member.getKind() == ElementKind.FIELD && name.equals("id")) {
        return Optional.of(memberType(type, member));
      }
    }
    return Optional.empty();
  }

  /** The member's type in the given type, with its type arguments filled in. */
  private TypeMirror memberType(DeclaredType type, Element member) {
    try {
      return types.asMemberOf(type, member);
    } catch (IllegalArgumentException e) {
      return member.asType();
    }
  }

  private TypeMirror boxed(TypeMirror type) {
    return type.getKind().isPrimitive() ? types.boxedClass((PrimitiveType) type).asType() : type;
  }
}
